package org.shanhai.metrics.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.ProgrammeFacts;
import org.shanhai.common.time.Clock;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.indicator.Source;
import org.shanhai.metrics.indicator.Unit;
import org.shanhai.metrics.milestone.MilestoneService;
import org.shanhai.metrics.observation.ObservationService;
import org.shanhai.metrics.observation.ValueRules;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.programme.ProgrammeRecords;
import org.shanhai.metrics.series.Aggregator;
import org.shanhai.metrics.series.IndicatorValues;
import org.shanhai.metrics.target.TargetService;
import org.shanhai.metrics.target.TargetView;

/**
 * A programme's scorecard for one recipient (the primary one unless named) and period: every indicator
 * with a value in the period or the same period a year earlier, or with a target, and every activity
 * indicator; values aggregated by each indicator's rule from everything loaded once
 * ({@link IndicatorValues}), the arithmetic in {@link ScorecardMath}.
 */
@ApplicationScoped
public class ScorecardService {

    @Inject
    ProgrammeRecords programmes;

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorValues values;

    @Inject
    TargetService targets;

    @Inject
    MilestoneService milestones;

    @Inject
    ObservationService observations;

    public ScorecardView scorecard(UUID programmeId, Period period, UUID institutionId) {
        ProgrammeFacts p = programmes.get(programmeId);
        UUID institution = programmes.recipient(p, institutionId, "institutionId");
        Period previous = period.sameLastYear();
        Period prior = period.type() == Period.Type.YEAR ? null : period.previous();
        Map<String, TargetView> goals = targets.at(programmeId, institution);
        LocalDate from = previous.start();
        for (TargetView t : goals.values()) {
            LocalDate baseline = Period.parse(t.baselinePeriod()).start();
            from = baseline.isBefore(from) ? baseline : from;
        }
        List<Indicator> all = indicators.all();
        IndicatorValues.Values v = values.load(institution, all, from, period.end(), false);
        Set<Integer> approvedYears = observations.approvedYears(institution);
        List<ScorecardView.Row> inputs = new ArrayList<>();
        List<ScorecardView.Row> outcomes = new ArrayList<>();
        List<ScorecardView.SpanRow> spans = new ArrayList<>();
        for (Indicator i : all) {
            Aggregator.Point now = v.value(i.code, period);
            Aggregator.Point before = v.value(i.code, previous);
            Aggregator.Point last = prior == null ? null : v.value(i.code, prior);
            TargetView goal = goals.get(i.code);
            boolean counted = i.source == Source.EVENTS;
            if (now.value() == null && before.value() == null && goal == null && !counted) {
                continue;
            }
            BigDecimal value = now.value();
            BigDecimal previousValue = before.value();
            // a period not yet complete (this year's counts stop at today) is not compared with a whole one
            boolean comparable = !now.partial() && !before.partial();
            ScorecardView.Row row = new ScorecardView.Row(i.code, i.nameZh, i.nameEn, i.unit, i.direction, i.category,
                    plain(value), now.basis(), now.partial(), now.note(), plain(previousValue),
                    last == null ? null : plain(last.value()),
                    comparable ? plain(ScorecardMath.changePercent(value, previousValue)) : null,
                    comparable && i.unit == Unit.PERCENT ? plain(ScorecardMath.changePoints(value, previousValue)) : null,
                    goal == null ? null : goal.baselinePeriod(), goal == null ? null : goal.baselineValue(),
                    goal == null ? null : goal.targetPeriod(), goal == null ? null : goal.targetValue(),
                    goal == null ? null : plain(ScorecardMath.progressPercent(value, goal.baselineValue(),
                            goal.targetValue())),
                    comparable ? ScorecardMath.trend(value, previousValue, i.direction, i.stableThreshold) : null,
                    i.source.isDerived() ? null : value != null && approvedYears.contains(period.start().getYear()));
            (counted || "INPUT".equals(i.category) ? inputs : outcomes).add(row);
            for (IndicatorValues.SpanValue s : v.spans(i.code)) {
                if (!s.period().start().isAfter(period.end()) && !s.period().end().isBefore(period.start())) {
                    spans.add(new ScorecardView.SpanRow(i.code, i.nameZh, s.period().toString(), s.value(), s.basis(),
                            s.note()));
                }
            }
        }
        Comparator<ScorecardView.Row> order = Comparator.comparing(ScorecardView.Row::category)
                .thenComparing(ScorecardView.Row::indicator);
        inputs.sort(order);
        outcomes.sort(order);
        return new ScorecardView(p.id(), p.code(), p.name(), institution, programmes.institutionName(institution),
                period.toString(), previous.toString(), prior == null ? null : prior.toString(), inputs, outcomes, spans,
                milestones.at(programmeId, institution), Clock.now());
    }

    private static BigDecimal plain(BigDecimal d) {
        return d == null ? null : ValueRules.plain(d);
    }
}
