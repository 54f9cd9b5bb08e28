package org.shanhai.metrics.approval;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "审核状态 DRAFT 草稿 (values may change), SUBMITTED 已上报 (locked, awaiting approval), "
        + "APPROVED 已审核 (locked)")
@Label(zh = "审核状态", en = "Approval state")
public enum ApprovalState {
    @Label(zh = "草稿", en = "Draft")
    DRAFT,
    @Label(zh = "已上报", en = "Submitted")
    SUBMITTED,
    @Label(zh = "已审核", en = "Approved")
    APPROVED;

    public boolean locks() {
        return this != DRAFT;
    }
}
