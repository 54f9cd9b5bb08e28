package org.shanhai.metrics.institution;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shanhai.common.events.InstitutionReference;

/** An institution as programme-service announced it (read model; never written through this service's API). */
@Entity
@Table(name = "institution")
public class KnownInstitution extends InstitutionReference {
}
