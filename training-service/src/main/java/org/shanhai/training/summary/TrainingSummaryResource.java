package org.shanhai.training.summary;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.tabular.Exports;
import org.shanhai.common.tabular.Sheet;
import org.shanhai.common.tabular.Tables;
import org.shanhai.training.secondment.SecondmentType;

@Path("/api/v1/programmes/{id}/training-summary")
@Tag(name = "Training summary 培训汇总", description = "项目培训情况汇总：逐条记录与报告汇总数并列，注明采用口径；可导出 CSV 与 Excel"
        + " A programme's training over a window: recorded and reported figures side by side with their basis; also CSV and XLSX")
@Authenticated
public class TrainingSummaryResource {

    @Inject
    TrainingSummaryService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV, Tables.XLSX})
    @Operation(operationId = "getTrainingSummary", summary = "培训汇总 A programme's training summary",
            description = "Counts and attendances by activity type, mentorships, secondments and exam pass rates over "
                    + "from..to (the programme's start to today, or to its end, by default). A reported total counts only "
                    + "when its span lies inside the window; records dated inside a total's span are never added to it. "
                    + "JSON by default; CSV (UTF-8 with BOM) or XLSX by Accept. Every role reads it (no staff names in it).")
    @APIResponse(responseCode = "200", description = "the summary", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingSummary.class)),
            @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Tables.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response summary(@Parameter(description = "帮扶项目") @PathParam("id") UUID programmeId,
            @Parameter(description = "from this date (inclusive); the programme's start by default", example = "2022-01-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "to this date (inclusive); today, or the programme's end, by default", example = "2025-05-31")
            @QueryParam("to") LocalDate to,
            @Parameter(description = "one recipient institution; all by default") @QueryParam("institutionId") UUID institutionId,
            @Context HttpHeaders headers) {
        TrainingSummary s = service.summary(programmeId, from, to, institutionId);
        return Exports.respond(headers, s, () -> sheets(s), "培训汇总-" + s.programmeCode() + "-" + s.from() + "-" + s.to());
    }

    static List<Sheet> sheets(TrainingSummary s) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrainingSummary.FigureView f : s.figures()) {
            rows.add(row("figure", f.measure().name(), TrainingSummaryService.LABELS.get(f.measure()), f.recorded(), null, null,
                    f.reported(), f.figure(), f.basis().name(), f.note()));
        }
        for (TrainingSummary.ActivityFigures a : s.activities()) {
            rows.add(row("activity", a.type().name(), a.type().label(), a.count(), a.attendees(), a.hours(), null, null,
                    "RECORDED", null));
        }
        TrainingSummary.MentorshipFigures m = s.mentorships();
        rows.add(row("mentorship", "apprenticesStarted", "师带徒人数", m.apprenticesStarted(), null, null, null, null, "RECORDED", null));
        rows.add(row("mentorship", "active", "进行中", m.active(), null, null, null, null, "RECORDED", "at " + s.to()));
        rows.add(row("mentorship", "completed", "已出师", m.completed(), null, null, null, null, "RECORDED", null));
        rows.add(row("mentorship", "discontinued", "已中止", m.discontinued(), null, null, null, null, "RECORDED", null));
        rows.add(row("mentorship", "techniquesIndependent", "能独立开展的技术", m.techniquesIndependent(), null, null, null,
                null, "RECORDED", "of " + m.techniquesAssessed() + " assessed"));
        for (TrainingSummary.SecondmentFigures f : s.secondments()) {
            rows.add(row("secondment", f.type().name(), label(f.type()), f.staff(), null, null, null, null, "RECORDED", null));
        }
        for (TrainingSummary.ExamFigures e : s.examResults()) {
            rows.add(row("exam", e.year() + " " + e.examType().name(), "执业资格考试 参考/通过", e.candidates(), null, null, null,
                    e.passed(), "RECORDED", "pass rate " + e.passRate().toPlainString() + "%"));
        }
        Sheet summary = new Sheet("汇总", List.of("部分 section", "项目 item", "名称 name", "记录数 recorded", "人次 attendees",
                "学时 hours", "报告数 reported", "采用数 figure", "口径 basis", "说明 note"), rows);
        List<List<Object>> sources = new ArrayList<>();
        s.reportedTotals().forEach(t -> sources.add(Arrays.asList(t.type().name(), TrainingSummaryService.LABELS.get(t.type()),
                t.institutionId().toString(), t.from(), t.to(), t.count(), t.attendances(), t.source().report(),
                t.source().date(), t.source().quote())));
        Sheet reported = new Sheet("报告来源", List.of("口径 type", "名称 name", "机构 institutionId", "起 from", "止 to",
                "数量 count", "人次 attendances", "出处 report", "日期 date", "原文 quote"), sources);
        return List.of(summary, reported);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static String label(SecondmentType t) {
        return switch (t) {
            case FURTHER_STUDY -> "进修";
            case SHADOWING -> "跟岗";
            case STANDARDISED_RESIDENCY -> "规培";
        };
    }
}
