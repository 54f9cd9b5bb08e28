package org.shanhai.metrics.series;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/institutions/{institutionId}/indicators/{code}/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series 时间序列", description = "按年、季、月汇总的指标序列，按指标规则汇总，缺报期间显示为缺失"
        + " An indicator over time by year, quarter or month, aggregated by its rule; missing periods are shown as missing")
@Authenticated
public class SeriesResource {

    @Inject
    SeriesService service;

    @GET
    @Operation(operationId = "getSeries", summary = "指标序列 An indicator's series at one institution",
            description = "SUM adds, LAST takes the latest period, AVERAGE averages, and a RATIO over any period is the "
                    + "ratio of the summed numerator and denominator, never the average of monthly rates. A value recorded "
                    + "for the period itself wins over its parts (basis RECORDED, with finerPeriods saying how many were "
                    + "present). A rate reported without its parts stands for its own period only.")
    public SeriesView series(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "指标代码", example = "COUNTY_RETENTION_RATE") @PathParam("code") String code,
            @Parameter(description = "from this period", required = true, example = "2022") @QueryParam("from") String from,
            @Parameter(description = "to this period", required = true, example = "2025") @QueryParam("to") String to,
            @Parameter(description = "YEAR (default), QUARTER or MONTH", example = "YEAR") @QueryParam("granularity")
            String granularity,
            @Parameter(description = "only values of years whose data is APPROVED (审核通过); others are missing")
            @QueryParam("approvedOnly") @jakarta.ws.rs.DefaultValue("false") boolean approvedOnly) {
        return service.series(institutionId, code, from, to, granularity, approvedOnly);
    }
}
