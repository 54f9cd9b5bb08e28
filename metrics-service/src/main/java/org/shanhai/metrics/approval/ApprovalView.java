package org.shanhai.metrics.approval;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Approval", description = "数据审核 The approval state of an institution's data for a year (its quarters and months)")
public record ApprovalView(UUID institutionId, @Schema(description = "机构名称") String institutionName,
        @Schema(examples = "2025") int year, ApprovalState state,
        @Schema(description = "退回原因 why it went back to DRAFT") String reason,
        @Schema(description = "上报说明 the reporter's explanation of validation violations") String comment,
        @Schema(description = "上报时违反校验规则的条数") int violations,
        @Schema(description = "最后一步的操作人 token subject") String actedBy, OffsetDateTime updatedAt,
        @Schema(description = "absent while the data has never left DRAFT") Long version) {

    static ApprovalView of(Approval a, String institutionName) {
        return new ApprovalView(a.institutionId, institutionName, a.year, a.state, a.reason, a.comment, a.violations,
                a.actedBy, a.updatedAt, a.version);
    }

    static ApprovalView draft(UUID institutionId, String institutionName, int year) {
        return new ApprovalView(institutionId, institutionName, year, ApprovalState.DRAFT, null, null, 0, null, null, null);
    }
}
