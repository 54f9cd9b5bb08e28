package org.shanhai.training.summary;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.training.activity.ActivityType;
import org.shanhai.training.exam.ExamType;
import org.shanhai.training.secondment.SecondmentType;
import org.shanhai.training.total.ReportedTotalView;
import org.shanhai.training.total.TotalType;

@Schema(name = "TrainingSummary", description = "培训汇总: recorded and reported figures side by side, each figure with its basis")
public record TrainingSummary(UUID programmeId, String programmeCode,
        @Schema(description = "one recipient, or absent for all the programme's recipients") UUID institutionId,
        LocalDate from, LocalDate to,
        @Schema(description = "每项指标采用的数字及其口径 The figure used for each measure and its basis") List<FigureView> figures,
        @Schema(description = "逐条记录的培训活动 Recorded activities by type (counts, attendances, hours)")
        List<ActivityFigures> activities,
        MentorshipFigures mentorships,
        @Schema(description = "进修人数 Distinct staff whose secondment of each type started in the window")
        List<SecondmentFigures> secondments,
        @Schema(description = "考试通过率 by year and exam type, over the recipients") List<ExamFigures> examResults,
        @Schema(description = "报告汇总数 Reported totals whose span lies inside the window, with their sources")
        List<ReportedTotalView> reportedTotals) {

    @Schema(name = "TrainingSummaryFigure")
    public record FigureView(TotalType measure,
            @Schema(description = "逐条记录之和 recorded in the window") long recorded,
            @Schema(description = "采用的报告汇总数 the reported totals used (summed over institutions), absent when none")
            Long reported,
            @Schema(description = "采用的数字 the figure used") long figure, Basis basis,
            @Schema(description = "说明: which total was used, and which records it already contains") String note) {
    }

    @Schema(name = "TrainingSummaryActivities")
    public record ActivityFigures(ActivityType type, long count, long attendees,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    examples = "12.5") BigDecimal hours) {
    }

    @Schema(name = "TrainingSummaryMentorships")
    public record MentorshipFigures(
            @Schema(description = "师带徒人数: distinct apprentices whose mentorship started in the window") long apprenticesStarted,
            @Schema(description = "active at the window's end") long active, long completed, long discontinued,
            @Schema(description = "techniques assessed at completions in the window") long techniquesAssessed,
            @Schema(description = "of those, performed independently now") long techniquesIndependent) {
    }

    @Schema(name = "TrainingSummarySecondments")
    public record SecondmentFigures(SecondmentType type, long staff) {
    }

    @Schema(name = "TrainingSummaryExams")
    public record ExamFigures(int year, ExamType examType, long candidates, long passed,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    description = "percent, two places", examples = "62.00") BigDecimal passRate) {
    }
}
