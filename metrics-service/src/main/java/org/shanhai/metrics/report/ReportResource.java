package org.shanhai.metrics.report;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Text;
import org.shanhai.common.tabular.Exports;
import org.shanhai.common.tabular.Sheet;
import org.shanhai.common.tabular.Tables;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.observation.ValueRules;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.period.PeriodParameters;

@Path("/api/v1/reports")
@Tag(name = "Reports 报表", description = "面向卫生健康行政部门的汇总报表 Reports for the health offices")
@Authenticated
public class ReportResource {

    @Inject
    CompletenessService completeness;

    @Inject
    ProgrammeRanking ranking;

    @Inject
    RegionalAggregates regions;

    @Inject
    IndicatorService indicators;

    @Context
    UriInfo uri;

    @GET
    @Path("completeness")
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV, Tables.XLSX})
    @Operation(operationId = "getCompleteness", summary = "填报完整性 Who has not reported, submitted or had approved what",
            description = "Each recipient institution of the division (all when absent) with the reported indicators it has "
                    + "not reported in full for the period (a year is complete with its own value, or all 12 months, or all "
                    + "4 quarters; a quarter with its own value or its 3 months), and the approval state of the period's "
                    + "year. Least complete first. With Accept text/csv or the XLSX type, every row as a file to call from.")
    @APIResponse(responseCode = "200", description = "the report (one page of institutions), or the file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletenessReport.class)),
            @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Tables.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response completeness(
            @Parameter(description = "期间 (one period, not a span)", required = true, example = "2025") @QueryParam("period")
            String period,
            @Parameter(description = "行政区划代码前缀 division code prefix", example = "53") @QueryParam("divisionCode")
            String divisionCode, @BeanParam PageRequest page, @Context HttpHeaders headers) {
        Period p = PeriodParameters.single("period", period);
        String division = DivisionCode.prefixParameter("divisionCode", divisionCode);
        CompletenessReport r = completeness.report(p, division, page);
        Page<CompletenessRow> links = new Page<>(r.items(), r.page(), r.size(), r.totalItems(), r.totalPages(), null, null)
                .linked(uri);
        CompletenessReport json = new CompletenessReport(r.period(), r.divisionCode(), r.institutions(), r.complete(),
                r.submitted(), r.approved(), r.reportingRatePercent(), r.items(), r.page(), r.size(), r.totalItems(),
                r.totalPages(), links.next(), links.previous());
        return Exports.respond(headers, json, () -> List.of(sheet(completeness.report(p, division,
                PageRequest.export(Math.max(1, r.institutions()), page.sort)).items())),
                "填报完整性-" + p + (division == null ? "" : "-" + division));
    }

    @GET
    @Path("programmes")
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV, Tables.XLSX})
    @Operation(operationId = "rankProgrammes", summary = "项目排名 Programmes ranked by an indicator of their primary recipient",
            description = "By the value for the period (by=value, the default) or its year-on-year change (by=change: in "
                    + "percentage points for PERCENT indicators, else in percent), best first by the indicator's direction; "
                    + "programmes without a value come last, unranked. Equal values share a rank. With Accept text/csv or "
                    + "the XLSX type, the whole ranking as a file.")
    @APIResponse(responseCode = "200", description = "one page of the ranking, or the file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingReport.class)),
            @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Tables.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response programmes(
            @Parameter(description = "指标代码", required = true, example = "COUNTY_RETENTION_RATE") @QueryParam("indicator")
            String indicator,
            @Parameter(description = "期间 (one period, not a span)", required = true, example = "2025") @QueryParam("period")
            String period,
            @Parameter(description = "行政区划代码前缀: the primary recipient's division", example = "53")
            @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "value (default) or change", example = "value") @QueryParam("by") String by,
            @BeanParam PageRequest page, @Context HttpHeaders headers) {
        Indicator i = indicator(indicator);
        Period p = PeriodParameters.comparable("period", period);
        String division = DivisionCode.prefixParameter("divisionCode", divisionCode);
        if (by != null && !by.equals("value") && !by.equals("change")) {
            throw org.shanhai.common.problem.Problems.invalidQuery("by", Text.of("is value or change",
                    "应为 value 或 change"));
        }
        boolean byChange = "change".equals(by);
        page.toSort(Map.of("rank", "rank"), "rank"); // checks page and size as every list does
        List<RankingRow> all = ranking.rank(i, p, division, byChange);
        int from = Math.min(page.offset(), all.size());
        Page<RankingRow> one = Page.of(all.subList(from, Math.min(all.size(), from + page.size)), all.size(), page)
                .linked(uri);
        RankingReport json = new RankingReport(i.code, i.nameZh, i.unit, i.direction, p.toString(),
                p.sameLastYear().toString(), byChange ? "change" : "value", division,
                (int) all.stream().filter(r -> r.rank() != null).count(), one.items(), one.page(), one.size(),
                one.totalItems(), one.totalPages(), one.next() == null ? null : one.next().toString(),
                one.previous() == null ? null : one.previous().toString());
        return Exports.respond(headers, json, () -> List.of(rankingSheet(json, all)),
                "项目排名-" + i.code + "-" + p + (division == null ? "" : "-" + division));
    }

    @GET
    @Path("regions")
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV, Tables.XLSX})
    @Operation(operationId = "getRegionalAggregates", summary = "区域汇总 An indicator over a division's recipient institutions",
            description = "By sub-division (the country by province, a province by prefecture, a prefecture by county, a "
                    + "county by institution), with a total. Each institution's value by the indicator's rule; across "
                    + "institutions SUM and LAST add up, AVERAGE averages, and a rate is the sum of the numerators over the "
                    + "sum of the denominators, never an average of hospitals' rates (a rate reported without its parts "
                    + "cannot enter it and is counted apart). Division names from GB/T 2260 (codes/divisions.csv).")
    @APIResponse(responseCode = "200", description = "the aggregates, or the file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionsReport.class)),
            @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Tables.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response regions(
            @Parameter(description = "指标代码", required = true, example = "COUNTY_RETENTION_RATE") @QueryParam("indicator")
            String indicator,
            @Parameter(description = "期间 (one period, not a span)", required = true, example = "2025") @QueryParam("period")
            String period,
            @Parameter(description = "行政区划代码前缀 (the whole country when absent)", example = "53")
            @QueryParam("divisionCode") String divisionCode, @Context HttpHeaders headers) {
        Indicator i = indicator(indicator);
        Period p = PeriodParameters.single("period", period);
        String division = DivisionCode.prefixParameter("divisionCode", divisionCode);
        RegionsReport r = regions.report(i, p, division);
        return Exports.respond(headers, r, () -> List.of(regionsSheet(r)),
                "区域汇总-" + i.code + "-" + p + (division == null ? "" : "-" + division));
    }

    static Sheet regionsSheet(RegionsReport r) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (RegionRow x : r.rows()) {
            rows.add(regionRow(x));
        }
        rows.add(regionRow(r.total()));
        return new Sheet("区域汇总", List.of("区域汇总 " + r.nameZh() + " (" + r.indicator() + ")",
                "期间 " + r.period() + "　区域 " + r.divisionName() + (r.divisionCode() == null ? "" : " (" + r.divisionCode() + ")")),
                List.of("代码", "名称", "层级", "受援机构数", "有数据机构数", "数值", "分子合计", "分母合计", "仅报比率未计入", "说明"), rows);
    }

    private static List<Object> regionRow(RegionRow x) {
        return Arrays.<Object>asList(x.code(), x.name(), x.level(), x.institutions(), x.reporting(),
                ValueRules.display(x.value()), x.numerator(), x.denominator(), x.reportedRatesLeftOut(), x.note());
    }

    private Indicator indicator(String code) {
        if (code == null || code.isBlank()) {
            throw org.shanhai.common.problem.Problems.invalidQuery("indicator", Text.of("is required: an indicator code",
                    "为必填项：请填写指标代码"));
        }
        return indicators.find(code.strip()).orElseThrow(() -> org.shanhai.common.problem.Problems.invalidQuery(
                "indicator", Text.of(code + " is not in the catalogue", code + " 不在指标目录中")));
    }

    static Sheet rankingSheet(RankingReport r, List<RankingRow> rows) {
        return new Sheet("项目排名", List.of("帮扶项目排名 " + r.nameZh() + " (" + r.indicator() + ")",
                "期间 " + r.period() + "　按" + ("change".equals(r.by()) ? "同比变化" : "本期值")
                        + (r.divisionCode() == null ? "" : "　行政区划 " + r.divisionCode())),
                List.of("名次", "项目编号", "项目名称", "受援机构", "行政区划", "本期值", "口径", "同比期值", "同比变化%", "同比变化(百分点)", "趋势"),
                rows.stream().map(x -> Arrays.<Object>asList(x.rank(), x.programmeCode(), x.programmeName(),
                        x.institutionName(), x.divisionCode(), ValueRules.display(x.value()), x.basis() == null ? null : x.basis().name(),
                        ValueRules.display(x.previousValue()), ValueRules.display(x.changePercent()), ValueRules.display(x.changePoints()),
                        x.trend() == null ? null : x.trend().name())).toList());
    }

    static Sheet sheet(List<CompletenessRow> rows) {
        return new Sheet("填报完整性", List.of("机构 institutionId", "机构名称 name", "行政区划 divisionCode", "审核状态 state",
                "应报 expected", "已报 reported", "完整率% completeness", "未报指标 missing"),
                rows.stream().map(r -> Arrays.<Object>asList(r.institutionId().toString(), r.institutionName(),
                        r.divisionCode(), r.state().name(), r.expected(), r.reported(), r.completenessPercent(),
                        r.missing().stream().map(m -> m.nameZh() + "(" + m.indicator() + ")"
                                + (m.detail() == null ? "" : " " + m.detail())).collect(Collectors.joining("；"))))
                        .toList());
    }
}
