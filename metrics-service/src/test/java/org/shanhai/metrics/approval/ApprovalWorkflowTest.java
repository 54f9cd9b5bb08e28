package org.shanhai.metrics.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shanhai.metrics.approval.ApprovalWorkflow.Step;

class ApprovalWorkflowTest {

    @Test
    void everyStepFromEveryState() {
        assertEquals(Optional.of(ApprovalState.SUBMITTED), ApprovalWorkflow.next(ApprovalState.DRAFT, Step.SUBMIT));
        assertEquals(Optional.empty(), ApprovalWorkflow.next(ApprovalState.SUBMITTED, Step.SUBMIT));
        assertEquals(Optional.empty(), ApprovalWorkflow.next(ApprovalState.APPROVED, Step.SUBMIT));

        assertEquals(Optional.empty(), ApprovalWorkflow.next(ApprovalState.DRAFT, Step.APPROVE));
        assertEquals(Optional.of(ApprovalState.APPROVED), ApprovalWorkflow.next(ApprovalState.SUBMITTED, Step.APPROVE));
        assertEquals(Optional.empty(), ApprovalWorkflow.next(ApprovalState.APPROVED, Step.APPROVE));

        assertEquals(Optional.empty(), ApprovalWorkflow.next(ApprovalState.DRAFT, Step.RETURN));
        assertEquals(Optional.of(ApprovalState.DRAFT), ApprovalWorkflow.next(ApprovalState.SUBMITTED, Step.RETURN));
        assertEquals(Optional.of(ApprovalState.DRAFT), ApprovalWorkflow.next(ApprovalState.APPROVED, Step.RETURN));
    }

    @Test
    void onlyDraftLeavesValuesOpen() {
        assertFalse(ApprovalState.DRAFT.locks());
        assertTrue(ApprovalState.SUBMITTED.locks());
        assertTrue(ApprovalState.APPROVED.locks());
    }

    @Test
    void refusalsSayWhy() {
        assertEquals("the data is DRAFT: it is approved once submitted",
                ApprovalWorkflow.refusal(ApprovalState.DRAFT, Step.APPROVE).en());
        assertEquals("the data is already SUBMITTED; only DRAFT data is submitted",
                ApprovalWorkflow.refusal(ApprovalState.SUBMITTED, Step.SUBMIT).en());
    }
}
