package org.shanhai.metrics.approval;

import java.util.Optional;
import org.shanhai.common.problem.Text;

/**
 * The steps of data approval, without who may take them: DRAFT → SUBMITTED → APPROVED, and back to
 * DRAFT with a reason from either (a submission returned, an approval withdrawn).
 */
public final class ApprovalWorkflow {

    public enum Step {
        SUBMIT, APPROVE, RETURN
    }

    private ApprovalWorkflow() {
    }

    /** The state the step leads to, or empty when it cannot be taken from {@code current}. */
    public static Optional<ApprovalState> next(ApprovalState current, Step step) {
        return Optional.ofNullable(switch (step) {
            case SUBMIT -> current == ApprovalState.DRAFT ? ApprovalState.SUBMITTED : null;
            case APPROVE -> current == ApprovalState.SUBMITTED ? ApprovalState.APPROVED : null;
            case RETURN -> current == ApprovalState.DRAFT ? null : ApprovalState.DRAFT;
        });
    }

    /** Why the step cannot be taken from {@code current}. */
    public static Text refusal(ApprovalState current, Step step) {
        return switch (step) {
            case SUBMIT -> Text.of("the data is already " + current + "; only DRAFT data is submitted",
                    "数据已是 " + current + " 状态；只有 DRAFT 状态的数据才能提交");
            case APPROVE -> current == ApprovalState.APPROVED
                    ? Text.of("the data is already APPROVED", "数据已是 APPROVED 状态")
                    : Text.of("the data is DRAFT: it is approved once submitted", "数据为 DRAFT 状态：提交后方可审核通过");
            case RETURN -> Text.of("the data is DRAFT already", "数据已是 DRAFT 状态");
        };
    }
}
