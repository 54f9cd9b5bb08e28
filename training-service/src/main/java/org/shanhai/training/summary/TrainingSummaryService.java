package org.shanhai.training.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.time.Clock;
import org.shanhai.training.activity.ActivityService;
import org.shanhai.training.activity.ActivityType;
import org.shanhai.training.exam.ExamResultService;
import org.shanhai.training.exam.PassRate;
import org.shanhai.training.mentorship.MentorshipService;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.ProgrammeFacts;
import org.shanhai.training.secondment.SecondmentService;
import org.shanhai.training.secondment.SecondmentType;
import org.shanhai.training.total.ReportedTotalService;
import org.shanhai.training.total.ReportedTotalView;
import org.shanhai.training.total.TotalType;

/** A programme's training over a window: recorded and reported figures, asked of each feature's service. */
@ApplicationScoped
public class TrainingSummaryService {

    @Inject
    ProgrammeReferences registry;

    @Inject
    ActivityService activities;

    @Inject
    MentorshipService mentorships;

    @Inject
    SecondmentService secondments;

    @Inject
    ExamResultService exams;

    @Inject
    ReportedTotalService totals;

    public TrainingSummary summary(UUID programmeId, LocalDate from, LocalDate to, UUID institutionId) {
        ProgrammeFacts p = registry.programme(programmeId).orElseThrow(() -> Problems.notFound("programme", programmeId));
        LocalDate start = from != null ? from : p.startDate();
        LocalDate today = Clock.today();
        LocalDate end = to != null ? to : (p.endDate() != null && p.endDate().isBefore(today) ? p.endDate() : today);
        if (end.isBefore(start)) {
            throw Problems.invalidQuery("to", Text.of("is before from (" + start + ")", "早于 from（" + start + "）"));
        }
        if (institutionId != null && !p.isRecipient(institutionId)) {
            throw Problems.invalidQuery("institutionId", Text.of("is not a recipient of programme " + p.code(),
                    "不是项目 " + p.code() + " 的受援医院"));
        }
        List<UUID> institutions = institutionId != null ? List.of(institutionId) : p.recipientIds();

        List<ReportedTotalView> reported = totals.inside(p.id(), institutionId, start, end);
        List<TrainingSummary.FigureView> figures = new ArrayList<>();
        Map<String, Object> memo = new java.util.HashMap<>(); // one query per kind and span, not one per measure
        for (TotalType measure : TotalType.values()) {
            figures.add(figure(p.id(), measure, institutions, reported, start, end, memo));
        }

        Map<ActivityType, ActivityService.Recorded> recorded = activities.recorded(p.id(), institutionId, start, end);
        List<TrainingSummary.ActivityFigures> activityFigures = new ArrayList<>();
        for (ActivityType t : ActivityType.values()) {
            ActivityService.Recorded r = recorded.get(t);
            activityFigures.add(r == null ? new TrainingSummary.ActivityFigures(t, 0, 0, new BigDecimal("0.0"))
                    : new TrainingSummary.ActivityFigures(t, r.count(), r.attendees(), r.hours()));
        }
        MentorshipService.Figures m = mentorships.figures(p.id(), institutionId, start, end);
        Map<SecondmentType, Long> seconded = secondments.staffStarted(p.id(), institutionId, start, end);
        List<TrainingSummary.SecondmentFigures> secondmentFigures = new ArrayList<>();
        for (SecondmentType t : SecondmentType.values()) {
            secondmentFigures.add(new TrainingSummary.SecondmentFigures(t, seconded.getOrDefault(t, 0L)));
        }
        List<TrainingSummary.ExamFigures> examFigures = exams.byYear(institutions, start.getYear(), end.getYear()).stream()
                .map(y -> new TrainingSummary.ExamFigures(y.year(), y.examType(), y.candidates(), y.passed(),
                        PassRate.of(Math.toIntExact(y.passed()), Math.toIntExact(y.candidates())))).toList();
        return new TrainingSummary(p.id(), p.code(), institutionId, start, end, figures, activityFigures,
                new TrainingSummary.MentorshipFigures(m.apprenticesStarted(), m.active(), m.completed(), m.discontinued(),
                        m.techniquesAssessed(), m.techniquesIndependent()),
                secondmentFigures, examFigures, reported);
    }

    /** One measure over the institutions: each institution's figure by {@link FigureRule}, summed. */
    private TrainingSummary.FigureView figure(UUID programmeId, TotalType measure, List<UUID> institutions,
            List<ReportedTotalView> reported, LocalDate from, LocalDate to, Map<String, Object> memo) {
        long recorded = 0;
        long figure = 0;
        Long reportedSum = null;
        boolean anyReported = false;
        boolean anyOutside = false;
        List<String> notes = new ArrayList<>();
        for (UUID institution : institutions) {
            List<FigureRule.Total> candidates = reported.stream()
                    .filter(t -> t.type() == measure && t.institutionId().equals(institution))
                    .map(t -> new FigureRule.Total(t, t.from(), t.to(), t.count())).toList();
            FigureRule.Result r = FigureRule.figure(from, to, candidates,
                    (a, b) -> recorded(programmeId, measure, institution, a, b, memo));
            recorded += r.recordedInWindow();
            figure += r.figure();
            for (FigureRule.Total used : r.used()) {
                ReportedTotalView t = (ReportedTotalView) used.id();
                anyReported = true;
                reportedSum = (reportedSum == null ? 0 : reportedSum) + t.count();
                notes.add("reported " + t.count() + " for " + t.from() + ".." + t.to() + " (" + t.source().report() + ", "
                        + t.source().date() + ")");
            }
            if (!r.used().isEmpty()) {
                anyOutside |= r.basis() == Basis.REPORTED_AND_RECORDED;
                if (r.recordedContained() > 0) {
                    notes.add("the " + r.recordedContained() + " recorded in " + (r.used().size() == 1 ? "that span are"
                            : "those spans are") + " contained in the reported figures and not added");
                }
                if (r.basis() == Basis.REPORTED_AND_RECORDED) {
                    notes.add("plus " + (r.recordedInWindow() - r.recordedContained()) + " recorded outside");
                }
            }
        }
        Basis basis = !anyReported ? Basis.RECORDED
                : anyOutside || figure != reportedSum ? Basis.REPORTED_AND_RECORDED : Basis.REPORTED;
        return new TrainingSummary.FigureView(measure, recorded, reportedSum, figure, basis,
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** The recorded count of a measure at one institution over {@code from..to} (0 when from is after to). */
    long recorded(UUID programmeId, TotalType measure, UUID institution, LocalDate from, LocalDate to,
            Map<String, Object> memo) {
        if (from.isAfter(to)) {
            return 0;
        }
        return switch (measure) {
            case TRAINING_ATTENDANCES -> activities(programmeId, institution, from, to, memo).entrySet().stream()
                    .filter(e -> e.getKey() != ActivityType.OUTREACH_CLINIC) // its attendees are patients
                    .mapToLong(e -> e.getValue().attendees()).sum();
            case MENTORSHIP_APPRENTICES -> mentorships.figures(programmeId, institution, from, to).apprenticesStarted();
            case STAFF_SECONDED -> {
                Map<SecondmentType, Long> s = seconded(programmeId, institution, from, to, memo);
                yield s.getOrDefault(SecondmentType.FURTHER_STUDY, 0L) + s.getOrDefault(SecondmentType.SHADOWING, 0L);
            }
            case STANDARDISED_RESIDENTS -> seconded(programmeId, institution, from, to, memo)
                    .getOrDefault(SecondmentType.STANDARDISED_RESIDENCY, 0L);
            case VISITING_EXPERTS -> registry.expertsArrived(programmeId, institution, from, to);
            default -> {
                ActivityService.Recorded r = activities(programmeId, institution, from, to, memo)
                        .get(ActivityType.valueOf(measure.name()));
                yield r == null ? 0 : r.count();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private Map<ActivityType, ActivityService.Recorded> activities(UUID programmeId, UUID institution, LocalDate from,
            LocalDate to, Map<String, Object> memo) {
        return (Map<ActivityType, ActivityService.Recorded>) memo.computeIfAbsent("activities|" + institution + "|" + from
                + "|" + to, k -> activities.recorded(programmeId, institution, from, to));
    }

    @SuppressWarnings("unchecked")
    private Map<SecondmentType, Long> seconded(UUID programmeId, UUID institution, LocalDate from, LocalDate to,
            Map<String, Object> memo) {
        return (Map<SecondmentType, Long>) memo.computeIfAbsent("secondments|" + institution + "|" + from + "|" + to,
                k -> secondments.staffStarted(programmeId, institution, from, to));
    }

    static final Map<TotalType, String> LABELS = new EnumMap<>(TotalType.class);

    static {
        for (ActivityType t : ActivityType.values()) {
            LABELS.put(TotalType.valueOf(t.name()), t.label());
        }
        LABELS.put(TotalType.TRAINING_ATTENDANCES, "培训人次");
        LABELS.put(TotalType.MENTORSHIP_APPRENTICES, "师带徒人数");
        LABELS.put(TotalType.STAFF_SECONDED, "进修/跟岗人数");
        LABELS.put(TotalType.STANDARDISED_RESIDENTS, "规培人数");
        LABELS.put(TotalType.VISITING_EXPERTS, "来院专家人数");
    }
}
