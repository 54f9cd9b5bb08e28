package org.shanhai.training.secondment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ONGOING 进行中, COMPLETED 已结业 (final)")
public enum SecondmentStatus {
    ONGOING, COMPLETED
}
