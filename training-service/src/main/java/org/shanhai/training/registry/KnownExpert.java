package org.shanhai.training.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shanhai.common.readmodel.programme.ExpertReference;

/** An expert as programme-service announced it (read model, kept by shanhai-common's ProgrammeProjection). */
@Entity
@Table(name = "known_expert")
public class KnownExpert extends ExpertReference {
}
