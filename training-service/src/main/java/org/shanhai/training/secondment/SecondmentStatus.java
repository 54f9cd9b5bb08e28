package org.shanhai.training.secondment;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ONGOING 进行中, COMPLETED 已结业 (final)")
@Label(zh = "进修状态", en = "Secondment status")
public enum SecondmentStatus {
    @Label(zh = "进行中", en = "Ongoing")
    ONGOING,
    @Label(zh = "已结业", en = "Completed")
    COMPLETED
}
