package org.shanhai.metrics.scorecard;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.tabular.Exports;
import org.shanhai.common.tabular.Tables;
import org.shanhai.metrics.period.PeriodParameters;

@Path("/api/v1/programmes/{programmeId}/scorecard")
@Tag(name = "Scorecard 项目评价", description = "帮扶成效评价表：投入与产出并列，同比、环比、基线、目标与趋势 A programme's scorecard: "
        + "inputs and outcomes side by side, with year-on-year and period-on-period change, baseline, target and trend")
@Authenticated
public class ScorecardResource {

    @Inject
    ScorecardService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV, Tables.XLSX})
    @Operation(operationId = "getScorecard", summary = "项目评价表 The programme's scorecard for a period",
            description = "For the primary recipient unless institutionId names another. Every indicator with a value in the "
                    + "period or a year earlier, or with a target, and every activity indicator. Values are exact; with "
                    + "Accept text/csv or the XLSX type, a file to print, rounded to two decimals.")
    @APIResponse(responseCode = "200", description = "the scorecard, or the file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)),
            @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Tables.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response scorecard(@Parameter(description = "项目") @PathParam("programmeId") UUID programmeId,
            @Parameter(description = "期间: a year, quarter or month", required = true, example = "2025") @QueryParam("period")
            String period,
            @Parameter(description = "受援机构 (the primary recipient when absent)") @QueryParam("institutionId")
            UUID institutionId, @Context HttpHeaders headers) {
        ScorecardView s = service.scorecard(programmeId, PeriodParameters.comparable("period", period), institutionId);
        return Exports.respond(headers, s, () -> ScorecardSheets.of(s), "项目评价-" + s.programmeCode() + "-" + s.period());
    }
}
