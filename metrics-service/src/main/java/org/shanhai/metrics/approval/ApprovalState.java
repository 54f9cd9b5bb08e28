package org.shanhai.metrics.approval;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "审核状态 DRAFT 草稿 (values may change), SUBMITTED 已上报 (locked, awaiting approval), "
        + "APPROVED 已审核 (locked)")
public enum ApprovalState {
    DRAFT, SUBMITTED, APPROVED;

    public boolean locks() {
        return this != DRAFT;
    }
}
