package org.shanhai.metrics.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.DerivedValues;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.indicator.Unit;
import org.shanhai.metrics.observation.Observation;
import org.shanhai.metrics.observation.ObservationBasis;
import org.shanhai.metrics.observation.ObservationService;
import org.shanhai.metrics.observation.ValueRules;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.period.PeriodSpan;

/**
 * Everything an institution has for some indicators over a window, loaded once: the observations
 * reported by hand and the values counted from the other services' events, with every indicator the
 * rules reach (a ratio's numerator and denominator). The series and the scorecard read values through
 * it, so a reported and a counted indicator aggregate by one rule ({@link Aggregator}).
 */
@ApplicationScoped
public class IndicatorValues {

    @Inject
    IndicatorService indicators;

    @Inject
    ObservationService observations;

    @Inject
    @Any
    Instance<DerivedValues> derived;

    /** A value given for a span of several periods (a report's figure since 2022): shown, never split. */
    public record SpanValue(String indicator, PeriodSpan period, BigDecimal value, Basis basis, String note) {
    }

    public Values load(UUID institutionId, Collection<Indicator> wanted, LocalDate from, LocalDate to,
            boolean approvedOnly) {
        Values v = loadAll(List.of(institutionId), wanted, from, to, approvedOnly).get(institutionId);
        for (Observation o : observations.spans(institutionId, v.involved.keySet(), from, to, approvedOnly)) {
            v.spans.add(new SpanValue(o.indicatorCode, PeriodSpan.parse(o.period), ValueRules.plain(o.value),
                    basis(o.basis), o.note));
        }
        v.spans.sort(Comparator.comparing((SpanValue s) -> s.period().start()).thenComparing(s -> s.period().end()));
        return v;
    }

    /**
     * The values of many institutions at once (a ranking, a region): one query for the observations and
     * one per kind of counted record, whatever the number of institutions. Spans given by hand are left
     * out (they never enter a period's value).
     */
    public Map<UUID, Values> loadAll(Collection<UUID> institutionIds, Collection<Indicator> wanted, LocalDate from,
            LocalDate to, boolean approvedOnly) {
        Map<String, Indicator> involved = new HashMap<>();
        wanted.forEach(i -> collect(i, involved));
        Map<UUID, Values> all = new HashMap<>();
        institutionIds.forEach(id -> all.put(id, new Values(involved, new HashMap<>(), new HashMap<>(), new ArrayList<>())));
        if (institutionIds.isEmpty()) {
            return all;
        }
        for (ObservationService.StoredValue o : observations.values(institutionIds, involved.keySet(), from, to,
                approvedOnly)) {
            all.get(o.institutionId()).direct.put(o.indicatorCode() + "@" + o.period(),
                    new Aggregator.Recorded(ValueRules.plain(o.value()), basis(o.basis())));
        }
        // counted values are not reported by the hospital, so approval does not hold them back
        for (DerivedValues d : derived) {
            d.values(institutionIds, involved.keySet(), from, to).forEach((id, counted) -> {
                Values v = all.get(id);
                for (DerivedValues.Value c : counted) {
                    Basis basis = c.reported() ? Basis.REPORTED : Basis.RECORDED;
                    if (c.period().isSingle() && c.whole()) {
                        String key = c.indicator() + "@" + c.period().single();
                        v.direct.put(key, new Aggregator.Recorded(c.value(), basis));
                        if (c.note() != null) {
                            v.notes.put(key, c.note());
                        }
                    } else {
                        v.spans.add(new SpanValue(c.indicator(), c.period(), c.value(), basis, c.note()));
                    }
                }
            });
        }
        return all;
    }

    private void collect(Indicator i, Map<String, Indicator> into) {
        if (into.putIfAbsent(i.code, i) != null || i.aggregation != Aggregation.RATIO) {
            return;
        }
        Set<String> parts = new LinkedHashSet<>(List.of(i.numeratorCode, i.denominatorCode));
        for (String part : parts) {
            collect(indicators.get(part), into);
        }
    }

    static Basis basis(ObservationBasis b) {
        return switch (b) {
            case RECORDED -> Basis.RECORDED;
            case REPORTED -> Basis.REPORTED;
            case REPORTED_RATE -> Basis.REPORTED_RATE;
        };
    }

    /** The loaded values; {@link #value} aggregates them by each indicator's rule. */
    public static final class Values implements Aggregator.Source {

        private final Map<String, Indicator> involved;
        private final Map<String, Aggregator.Recorded> direct;
        private final Map<String, String> notes;
        private final List<SpanValue> spans;

        Values(Map<String, Indicator> involved, Map<String, Aggregator.Recorded> direct, Map<String, String> notes,
                List<SpanValue> spans) {
            this.involved = involved;
            this.direct = direct;
            this.notes = notes;
            this.spans = spans;
        }

        public Aggregator.Point value(String code, Period period) {
            Aggregator.Point p = Aggregator.value(this, code, period);
            String note = notes.get(code + "@" + period);
            if (note != null && p.value() != null && p.basis() == Basis.REPORTED) {
                return new Aggregator.Point(p.period(), p.value(), p.basis(), p.partial(), p.missing(), p.finerPeriods(),
                        p.note() == null ? note : note + "; " + p.note());
            }
            return p;
        }

        /** The span values of one indicator, earliest first. */
        public List<SpanValue> spans(String code) {
            return spans.stream().filter(s -> s.indicator().equals(code)).toList();
        }

        @Override
        public Optional<Aggregator.Recorded> recorded(String code, Period period) {
            return Optional.ofNullable(direct.get(code + "@" + period));
        }

        @Override
        public Aggregator.Rule rule(String code) {
            Indicator i = involved.get(code);
            return new Aggregator.Rule(i.code, i.aggregation.name(), i.unit == Unit.PERCENT, i.numeratorCode,
                    i.denominatorCode);
        }
    }
}
