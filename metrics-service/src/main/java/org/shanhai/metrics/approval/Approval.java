package org.shanhai.metrics.approval;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** The approval state of one institution's data for one year (no row: DRAFT). */
@Entity
@Table(name = "approval")
public class Approval extends VersionedEntity {

    public UUID institutionId;

    public int year;

    @Enumerated(EnumType.STRING)
    public ApprovalState state;

    /** Why the data went back to DRAFT (the last return). */
    public String reason;

    /** The reporter's explanation of validation violations, given at submission; or the approver's note. */
    public String comment;

    /** The validation violations present at submission. */
    public int violations;

    /** The token subject who took the last step. */
    public String actedBy;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state.name());
        m.put("reason", reason);
        m.put("comment", comment);
        m.put("violations", violations);
        m.put("actedBy", actedBy);
        return m;
    }
}
