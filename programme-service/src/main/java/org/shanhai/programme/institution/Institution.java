package org.shanhai.programme.institution;

import org.shanhai.common.codes.HospitalGrade;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

@Entity
@Table(name = "institution")
public class Institution extends VersionedEntity {

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "division_code")
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    public InstitutionKind kind;

    @Enumerated(EnumType.STRING)
    public HospitalGrade grade;

    public static boolean creditCodeTaken(String creditCode, UUID except) {
        return creditCode != null && count("creditCode = ?1 and id <> ?2", creditCode,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("nameEn", nameEn);
        m.put("creditCode", creditCode);
        m.put("divisionCode", divisionCode);
        m.put("kind", kind == null ? null : kind.name());
        m.put("grade", grade == null ? null : grade.name());
        return m;
    }
}
