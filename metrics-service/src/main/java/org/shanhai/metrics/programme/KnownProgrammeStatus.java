package org.shanhai.metrics.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shanhai.common.readmodel.programme.ProgrammeStatusReference;

/** A programme's status change as programme-service announced it (read model, kept by shanhai-common's ProgrammeProjection). */
@Entity
@Table(name = "known_programme_status")
public class KnownProgrammeStatus extends ProgrammeStatusReference {
}
