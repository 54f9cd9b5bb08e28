package org.shanhai.training.total;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportedTotalRequest", description = "报告汇总数 A total a report gives for a span, with its source")
public record ReportedTotalRequest(
        @Schema(description = "机构: a recipient of the programme; the primary recipient when absent") UUID institutionId,
        @NotNull TotalType type,
        @Schema(description = "起始日期; absent for a total given only 'as of' a date: it runs from the programme's start",
                examples = "2022-01-01") LocalDate from,
        @Schema(description = "截止日期 (a report 'as of 2025-05' counts to 2025-05-31)", examples = "2025-05-31")
        @NotNull LocalDate to,
        @Schema(description = "数量", examples = "1500") @NotNull @Min(0) @Max(1_000_000_000L) Long count,
        @Schema(description = "人次 attendances, where the report gives them", examples = "6000") @Min(0)
        @Max(1_000_000_000L) Long attendances,
        @Schema(description = "出处") @NotNull @Valid Source source) {

    @Schema(name = "ReportedTotalSource", description = "出处: the report, its date, and its words")
    public record Source(
            @Schema(description = "报告或报道", examples = "云南网: 上海新华医院“组团式”帮扶助力盐津医疗蝶变") @NotBlank @Size(max = 300)
            String report,
            @Schema(description = "发布日期", examples = "2025-05-28") @NotNull LocalDate date,
            @Schema(description = "原文摘录", examples = "开展教学查房1500余次") @Size(max = 500) String quote) {
    }

    public static final String EXAMPLE = """
            {"type": "TEACHING_ROUND", "to": "2025-05-31", "count": 1500,
             "source": {"report": "云南网: 上海新华医院“组团式”帮扶助力盐津医疗蝶变", "date": "2025-05-28", "quote": "教学查房1500余次"}}""";
}
