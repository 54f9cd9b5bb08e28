package org.shanhai.metrics.approval;

import java.util.Optional;

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
    public static String refusal(ApprovalState current, Step step) {
        return switch (step) {
            case SUBMIT -> "the data is already " + current + "; only DRAFT data is submitted";
            case APPROVE -> current == ApprovalState.APPROVED ? "the data is already APPROVED"
                    : "the data is DRAFT: it is approved once submitted";
            case RETURN -> "the data is DRAFT already";
        };
    }
}
