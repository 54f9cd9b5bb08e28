package org.shanhai.programme;

import org.shanhai.common.codes.HospitalGrade;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shanhai.common.codes.CodeListSource;
import org.shanhai.programme.assignment.Role;
import org.shanhai.programme.expert.Degree;
import org.shanhai.programme.expert.Title;
import org.shanhai.programme.input.ResourceInput;
import org.shanhai.programme.institution.InstitutionKind;
import org.shanhai.programme.programme.ProgrammeStatus;
import org.shanhai.programme.programme.Scheme;
import org.shanhai.programme.workstation.Workstation;

/** programme-service's enumerations as code lists (GET /api/v1/code-lists/{name}); each constant carries its labels. */
public class ProgrammeCodeLists implements CodeListSource {

    @Override
    public Map<String, Class<? extends Enum<?>>> enumerations() {
        Map<String, Class<? extends Enum<?>>> lists = new LinkedHashMap<>();
        lists.put("institution-kind", InstitutionKind.class);
        lists.put("hospital-grade", HospitalGrade.class);
        lists.put("programme-scheme", Scheme.class);
        lists.put("programme-status", ProgrammeStatus.class);
        lists.put("expert-title", Title.class);
        lists.put("title-level", Title.Level.class);
        lists.put("expert-degree", Degree.class);
        lists.put("assignment-role", Role.class);
        lists.put("resource-input-kind", ResourceInput.Kind.class);
        lists.put("workstation-kind", Workstation.Kind.class);
        return Collections.unmodifiableMap(lists);
    }
}
