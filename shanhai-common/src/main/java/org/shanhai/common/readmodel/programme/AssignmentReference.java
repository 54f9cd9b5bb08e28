package org.shanhai.common.readmodel.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/**
 * An expert posted in a batch to a recipient, as programme-service announced it ({@code known_assignment});
 * kept, marked ended, after assignment.ended, so a replay and the live model agree.
 */
@MappedSuperclass
public abstract class AssignmentReference extends Projection {

    public UUID programmeId;

    public UUID batchId;

    public UUID expertId;

    public UUID institutionId;

    public String department;

    public LocalDate startDate;

    public LocalDate endDate;

    /** Removed in programme-service (assignment.ended): it no longer counts. */
    public boolean ended;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "known_assignment_role", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "role")
    @OrderColumn(name = "position")
    public List<String> roles = new ArrayList<>();
}
