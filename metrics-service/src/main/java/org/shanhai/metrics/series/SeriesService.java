package org.shanhai.metrics.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.observation.ObservationService;
import org.shanhai.metrics.observation.ValueRules;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.period.PeriodParameters;

/** An indicator's values at one institution over time, aggregated by its rule ({@link Aggregator}). */
@ApplicationScoped
public class SeriesService {

    /** At most this many points in one series (a century of years, 25 years of months). */
    static final int MAX_POINTS = 300;

    @Inject
    IndicatorService indicators;

    @Inject
    ObservationService observations;

    @Inject
    IndicatorValues loader;

    public SeriesView series(UUID institutionId, String code, String from, String to, String granularity,
            boolean approvedOnly) {
        observations.institution(institutionId);
        Indicator indicator = indicators.get(code);
        Period.Type type;
        try {
            type = Period.Type.valueOf(granularity == null ? "YEAR" : granularity);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidQuery("granularity", Text.of("is one of YEAR, QUARTER, MONTH",
                    "应为 YEAR、QUARTER、MONTH 之一"));
        }
        if (from == null || to == null) {
            throw Problems.invalidQuery(from == null ? "from" : "to", Text.of(
                    "is required: a period such as 2022, 2022Q1 or 2022-01", "为必填项：请填写 2022、2022Q1 或 2022-01 这样的期间"));
        }
        Period first = PeriodParameters.single("from", from);
        Period last = PeriodParameters.single("to", to);
        if (last.end().isBefore(first.start())) {
            throw Problems.invalidQuery("to", Text.of("is before from", "早于 from"));
        }
        List<Period> periods = new ArrayList<>();
        Period at = Period.of(type, first.start());
        periods.add(at);
        while (at.end().isBefore(last.end())) { // never asks for the period after 2999
            at = at.next();
            periods.add(at);
            if (periods.size() > MAX_POINTS) {
                throw Problems.invalidQuery("granularity", Text.of(
                        "gives more than " + MAX_POINTS + " periods; choose a coarser one",
                        "会产生超过 " + MAX_POINTS + " 个期间；请选择更粗的粒度"));
            }
        }
        IndicatorValues.Values values = loader.load(institutionId, List.of(indicator), periods.get(0).start(),
                periods.get(periods.size() - 1).end(), approvedOnly);
        List<SeriesView.PointView> points = periods.stream().map(p -> values.value(code, p))
                .map(pt -> new SeriesView.PointView(pt.period().toString(), pt.value() == null ? null
                        : ValueRules.plain(pt.value()), pt.basis(), pt.partial(),
                        pt.missing().stream().map(Period::toString).toList(), pt.finerPeriods(), pt.note())).toList();
        return new SeriesView(institutionId, indicator.code, indicator.unit, indicator.aggregation, type.name(),
                first.toString(), last.toString(), points, values.spans(indicator.code).stream()
                        .map(v -> new SeriesView.SpanView(v.period().toString(), v.value(), v.basis(), v.note())).toList());
    }
}
