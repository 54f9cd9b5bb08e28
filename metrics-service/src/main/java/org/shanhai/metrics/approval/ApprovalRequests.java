package org.shanhai.metrics.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the approval steps. */
public final class ApprovalRequests {

    private ApprovalRequests() {
    }

    @Schema(name = "ApprovalStepRequest", description = "上报 Submit, with an optional comment; a submission "
            + "that breaks validation rules needs the comment explaining why the values are right")
    public record Step(@Schema(description = "说明", examples = "2025年3月新院区启用，手术量激增属实") @Size(max = 2000) String comment) {

        public static final String EXAMPLE = """
                {"comment": "2025年3月新院区启用，三四级手术占比上升属实"}""";
    }

    @Schema(name = "ApprovalReturnRequest", description = "退回 Back to DRAFT, with the reason")
    public record Return(@Schema(description = "原因", examples = "3月手术台次与病案首页不符，请核实") @NotBlank @Size(max = 1000)
            String reason) {

        public static final String EXAMPLE = """
                {"reason": "3月手术台次与病案首页不符，请核实"}""";
    }
}
