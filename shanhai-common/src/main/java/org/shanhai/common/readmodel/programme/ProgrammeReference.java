package org.shanhai.common.readmodel.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/**
 * A programme as programme-service announced it: its supporting and recipient institutions, period
 * and status. A consuming service maps one entity onto {@code known_programme} (db/programmes).
 */
@MappedSuperclass
public abstract class ProgrammeReference extends Projection {

    public String code;

    public String name;

    public String scheme;

    public UUID leadInstitutionId;

    @ElementCollection
    @CollectionTable(name = "known_programme_partner", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "institution_id")
    @OrderColumn(name = "position")
    public List<UUID> partnerInstitutionIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "known_programme_recipient", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    public List<Recipient> recipients = new ArrayList<>();

    public LocalDate startDate;

    public LocalDate endDate;

    public String status;

    @Embeddable
    public static class Recipient {

        @Column(name = "institution_id")
        public UUID institutionId;

        @Column(name = "is_primary")
        public boolean primary;

        public Recipient() {
        }

        Recipient(UUID institutionId, boolean primary) {
            this.institutionId = institutionId;
            this.primary = primary;
        }
    }
}
