package org.shanhai.training.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** 受训人员: a member of a recipient institution's staff. Names are personal data (see StaffNames). */
@Entity
@Table(name = "staff_member")
public class StaffMember extends VersionedEntity {

    public String name;

    public UUID institutionId;

    public String department;

    public String title;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("department", department);
        m.put("title", title);
        return m;
    }
}
