package org.shanhai.metrics.observation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.BodyLimits;
import org.shanhai.common.security.Caller;
import org.shanhai.common.security.Roles;
import org.shanhai.common.tabular.Column;
import org.shanhai.common.tabular.Exports;
import org.shanhai.common.tabular.Sheet;
import org.shanhai.common.tabular.Tables;
import org.shanhai.common.time.Clock;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.indicator.IndicatorView;
import org.shanhai.metrics.indicator.Source;

@Path("/api/v1/observations")
@Tag(name = "Observation import 指标值导入", description = "用 CSV 或 Excel 批量填报指标值（长表或按月宽表），及导入模板"
        + " Bulk reporting of indicator values from CSV or XLSX (long, or wide with a column a month), and the template")
@Authenticated
public class ObservationImportResource {

    @Inject
    ObservationImport importer;

    @Inject
    IndicatorService indicators;

    @Inject
    Caller caller;

    @POST
    @Path("import")
    @Consumes({Tables.CSV, Tables.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.HOSPITAL_REPORTER})
    @BodyLimits.Limit(ObservationImport.BODY_LIMIT)
    @Operation(operationId = "importObservations", summary = "批量导入指标值 Import observations (CSV or XLSX)",
            description = "Up to 200,000 rows (48 MiB). Long layout: 机构 (institutionId) or 统一社会信用代码 (creditCode), "
                    + "指标 (indicator), 期间 (period), 数值 (value), optional 科室 (department), 备注 (note), 口径 (basis). "
                    + "Wide layout: the institution and indicator columns, then one column a period headed 2025-01, "
                    + "2025Q1 or 2025; an empty cell is not reported (never zero). All rows or none: every bad cell is "
                    + "reported with its row and column. The same file twice changes nothing. A row for an institution "
                    + "the caller may not write refuses the whole file (403).")
    @APIResponseSchema(value = ObservationImport.Result.class, responseDescription = "stored")
    public ObservationImport.Result importFile(@Context HttpHeaders headers,
            @RequestBody(required = true, content = {
                    @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "wide", value = "机构,指标,2025-01,2025-02\n"
                                    + "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03,SURGERIES,102,97\n")),
                    @Content(mediaType = Tables.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "workbook", summary = "a workbook filled in from the template",
                                    value = "(binary XLSX)"))})
            byte[] body) {
        return importer.importFile(body, headers.getMediaType() == null ? null : headers.getMediaType().toString());
    }

    @GET
    @Path("template")
    @Produces(Tables.XLSX)
    @Operation(operationId = "getObservationTemplate", summary = "下载指标值导入模板 The XLSX template (wide layout)",
            description = "One row an indicator reported by hand, one column a month of the year; the indicator codes as a "
                    + "drop-down list and the catalogue on its own sheet. For a hospital reporter every row is filled in "
                    + "with its own institution already.")
    @APIResponse(responseCode = "200", description = "the template", content = @Content(mediaType = Tables.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@Parameter(description = "年度; this year by default", example = "2025") @QueryParam("year")
            Integer year) {
        int y = year == null ? Clock.today().getYear() : year;
        if (y < 1990 || y > 2999) {
            throw Problems.invalidQuery("year", Text.of("must lie between 1990 and 2999", "应在 1990 至 2999 之间"));
        }
        List<IndicatorView> reported = indicators.search(null, Source.REPORTED, null, null,
                PageRequest.export(10_000, "code")).items().stream().filter(i -> i.aggregation() != Aggregation.RATIO)
                .toList();
        List<String> codes = reported.stream().map(IndicatorView::code).toList();
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("机构", true, "机构编号 (UUID)；医院填报员的模板已填好本院", "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03"),
                new Column("指标", true, "指标代码，从下拉列表选择；名称见“指标目录”页", codes.isEmpty() ? "" : codes.get(0), codes),
                Column.of("科室", false, "诊疗科目代码；全院数据留空", "04.02")));
        for (int m = 1; m <= 12; m++) {
            columns.add(Column.of(String.format("%d-%02d", y, m), false, y + "年" + m + "月的数值；未填报留空（不要填0）", "100"));
        }
        String own = caller.is(Roles.HOSPITAL_REPORTER) ? caller.institutionId().map(Object::toString).orElse(null) : null;
        List<List<Object>> prefilled = own == null ? List.of()
                : codes.stream().map(code -> Arrays.<Object>asList(own, code)).toList();
        Sheet catalogue = new Sheet("指标目录", List.of("代码 code", "名称 name", "English", "单位 unit", "汇总 aggregation"),
                reported.stream().map(i -> Arrays.<Object>asList(i.code(), i.nameZh(), i.nameEn(), i.unit().name(),
                        i.aggregation().name())).toList());
        return Exports.file(Tables.template("指标值", columns, prefilled, 500,
                "指标值导入模板（" + y + "年，按月宽表）：每行一个指标，每列一个月。比率类指标请填报其分子和分母。"
                        + " One row an indicator, one column a month; ratios are reported by their numerator and denominator.",
                List.of(catalogue)), Tables.XLSX, "指标值导入模板-" + y + ".xlsx");
    }
}
