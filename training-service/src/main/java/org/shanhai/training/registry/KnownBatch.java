package org.shanhai.training.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shanhai.common.readmodel.programme.BatchReference;

/** A team batch as programme-service announced it (read model, kept by shanhai-common's ProgrammeProjection). */
@Entity
@Table(name = "known_batch")
public class KnownBatch extends BatchReference {
}
