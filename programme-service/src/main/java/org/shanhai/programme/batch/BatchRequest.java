package org.shanhai.programme.batch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchRequest", description = "批次 A team batch")
public record BatchRequest(
        @Schema(description = "批次序号 1, 2, ...; left out = the next free number") @Min(1) @Max(999) Integer sequence,
        @Schema(description = "开始日期, inside the programme's period") @NotNull LocalDate startDate,
        @Schema(description = "结束日期 (optional), inside the programme's period") LocalDate endDate,
        @Schema(description = "队长 leader: an expert assigned in this batch") UUID leaderExpertId) {

    /** The example body the OpenAPI document shows. */
    public static final String EXAMPLE = """
            {"sequence": 1, "startDate": "2021-07-01", "endDate": "2022-07-31"}""";
}
