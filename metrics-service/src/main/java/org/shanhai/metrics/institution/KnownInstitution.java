package org.shanhai.metrics.institution;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shanhai.common.readmodel.InstitutionReference;

/** An institution as programme-service announced it (read model, kept by shanhai-common's InstitutionReferences). */
@Entity
@Table(name = "institution")
public class KnownInstitution extends InstitutionReference {
}
