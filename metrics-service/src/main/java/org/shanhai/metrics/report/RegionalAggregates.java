package org.shanhai.metrics.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.codes.DivisionCodes;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.readmodel.InstitutionReferences;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.Unit;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.series.Aggregator;
import org.shanhai.metrics.series.Basis;
import org.shanhai.metrics.series.IndicatorValues;

/**
 * An indicator over the recipient institutions of a division, by sub-division (provinces, their
 * prefectures, their counties; inside a county, its institutions). Each institution's value is taken
 * by the indicator's rule for the period; across institutions SUM and LAST add up, AVERAGE averages the
 * institutions' values, and a RATIO is the sum of their numerators over the sum of their denominators
 * (never an average of hospitals' rates): an institution with only a rate reported without its parts
 * cannot enter it and is counted apart.
 */
@ApplicationScoped
public class RegionalAggregates {

    @Inject
    ProgrammeReferences programmes;

    @Inject
    InstitutionReferences institutions;

    @Inject
    IndicatorValues values;

    public RegionsReport report(Indicator indicator, Period period, String division) {
        Map<UUID, InstitutionReference> places = institutions.findAll(programmes.recipientIds());
        List<InstitutionReference> inside = places.values().stream().filter(i -> i.divisionCode != null
                && (division == null || i.divisionCode.startsWith(division))).toList();
        Map<UUID, IndicatorValues.Values> loaded = values.loadAll(inside.stream().map(i -> i.id).toList(),
                List.of(indicator), period.start(), period.end(), false);
        Map<String, Sum> groups = new LinkedHashMap<>();
        boolean byInstitution = division != null && division.length() == 6;
        if (!byInstitution) {
            DivisionCodes.children(division).forEach(d -> groups.put(d.prefix(), Sum.of(d.prefix())));
        }
        Sum total = division == null ? new Sum("", "全国", "COUNTRY") : Sum.of(division);
        for (InstitutionReference i : inside) {
            Sum group;
            if (byInstitution) {
                group = groups.computeIfAbsent(i.id.toString(), k -> new Sum(i.id.toString(), i.name, "INSTITUTION"));
            } else {
                String key = i.divisionCode.substring(0, division == null ? 2 : division.length() + 2);
                group = groups.computeIfAbsent(key, Sum::of);
            }
            IndicatorValues.Values v = loaded.get(i.id);
            Aggregator.Point p = v.value(indicator.code, period);
            BigDecimal num = null;
            BigDecimal den = null;
            if (indicator.aggregation == Aggregation.RATIO && p.value() != null && p.basis() != Basis.REPORTED_RATE) {
                num = v.value(indicator.numeratorCode, period).value();
                den = v.value(indicator.denominatorCode, period).value();
            }
            for (Sum s : List.of(group, total)) {
                s.add(p, num, den);
            }
        }
        List<RegionRow> rows = new ArrayList<>();
        groups.values().stream().filter(s -> s.institutions > 0).forEach(s -> rows.add(s.row(indicator)));
        return new RegionsReport(indicator.code, indicator.nameZh, indicator.unit, indicator.aggregation, period.toString(),
                division, division == null ? "全国" : DivisionCodes.name(division), total.row(indicator), rows);
    }

    /** The running aggregate of one division. */
    static final class Sum {
        final String code;
        final String name;
        final String level;
        int institutions;
        int reporting;
        int reportedRates;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;

        Sum(String code, String name, String level) {
            this.code = code;
            this.name = name;
            this.level = level;
        }

        /** The division a prefix names (a code GB/T 2260 does not know keeps its prefix and no name). */
        static Sum of(String prefix) {
            DivisionCodes.Division d = DivisionCodes.of(prefix);
            return d == null ? new Sum(prefix, null, null) : new Sum(d.code(), d.name(), d.level());
        }

        void add(Aggregator.Point p, BigDecimal num, BigDecimal den) {
            institutions++;
            if (p.value() == null) {
                return;
            }
            if (p.basis() == Basis.REPORTED_RATE) {
                reportedRates++;
                return;
            }
            reporting++;
            sum = sum.add(p.value());
            if (num != null && den != null) {
                numerator = numerator.add(num);
                denominator = denominator.add(den);
            }
        }

        RegionRow row(Indicator indicator) {
            BigDecimal value = null;
            String note = null;
            boolean ratio = indicator.aggregation == Aggregation.RATIO;
            if (reporting > 0) {
                value = switch (indicator.aggregation) {
                    case RATIO -> denominator.signum() == 0 ? null : numerator
                            .multiply(indicator.unit == Unit.PERCENT ? BigDecimal.valueOf(100) : BigDecimal.ONE)
                            .divide(denominator, Aggregator.SCALE, RoundingMode.HALF_UP);
                    case AVERAGE -> sum.divide(BigDecimal.valueOf(reporting), Aggregator.SCALE, RoundingMode.HALF_UP);
                    default -> sum;
                };
                if (ratio && value == null) {
                    note = "the summed denominator is 0";
                }
                if (indicator.aggregation == Aggregation.AVERAGE) {
                    note = "the average of " + reporting + " institutions' values";
                }
            } else if (institutions > 0) {
                note = reportedRates > 0 ? "only rates reported without their parts, which are not aggregated"
                        : "no institution has a value for the period";
            }
            return new RegionRow(code, name, level, institutions, reporting,
                    value == null ? null : org.shanhai.metrics.observation.ValueRules.plain(value),
                    ratio && reporting > 0 ? numerator : null, ratio && reporting > 0 ? denominator : null, reportedRates,
                    note);
        }
    }
}
