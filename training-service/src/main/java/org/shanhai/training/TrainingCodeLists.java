package org.shanhai.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shanhai.common.codes.CodeListSource;
import org.shanhai.common.codes.HospitalGrade;
import org.shanhai.training.activity.ActivityType;
import org.shanhai.training.exam.ExamType;
import org.shanhai.training.mentorship.MentorshipStatus;
import org.shanhai.training.secondment.SecondmentStatus;
import org.shanhai.training.secondment.SecondmentType;
import org.shanhai.training.summary.Basis;
import org.shanhai.training.total.TotalType;

/** training-service's enumerations as code lists (GET /api/v1/code-lists/{name}); each constant carries its labels. */
public class TrainingCodeLists implements CodeListSource {

    @Override
    public Map<String, Class<? extends Enum<?>>> enumerations() {
        Map<String, Class<? extends Enum<?>>> lists = new LinkedHashMap<>();
        lists.put("activity-type", ActivityType.class);
        lists.put("exam-type", ExamType.class);
        lists.put("mentorship-status", MentorshipStatus.class);
        lists.put("secondment-type", SecondmentType.class);
        lists.put("secondment-status", SecondmentStatus.class);
        lists.put("total-type", TotalType.class);
        lists.put("summary-basis", Basis.class);
        // the grade of the institutions this service knows (its read model of programme.events)
        lists.put("hospital-grade", HospitalGrade.class);
        return Collections.unmodifiableMap(lists);
    }
}
