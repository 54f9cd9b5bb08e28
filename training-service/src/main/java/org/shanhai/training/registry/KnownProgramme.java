package org.shanhai.training.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A programme as programme-service announced it: its supporting and recipient institutions, period and status. */
@Entity
@Table(name = "known_programme")
public class KnownProgramme extends Projection {

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
    public List<KnownRecipient> recipients = new ArrayList<>();

    public LocalDate startDate;

    public LocalDate endDate;

    public String status;

    @Embeddable
    public static class KnownRecipient {

        @Column(name = "institution_id")
        public UUID institutionId;

        @Column(name = "is_primary")
        public boolean primary;

        public KnownRecipient() {
        }

        KnownRecipient(UUID institutionId, boolean primary) {
            this.institutionId = institutionId;
            this.primary = primary;
        }
    }
}
