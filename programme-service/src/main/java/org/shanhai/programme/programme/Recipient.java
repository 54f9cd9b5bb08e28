package org.shanhai.programme.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** 受援机构: one institution helped by a programme; exactly one per programme is primary. */
@Embeddable
public class Recipient {

    @Column(name = "institution_id")
    public UUID institutionId;

    @Column(name = "is_primary")
    public boolean primary;

    public Recipient() {
    }

    public Recipient(UUID institutionId, boolean primary) {
        this.institutionId = institutionId;
        this.primary = primary;
    }
}
