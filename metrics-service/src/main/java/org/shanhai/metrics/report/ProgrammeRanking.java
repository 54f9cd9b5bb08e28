package org.shanhai.metrics.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.readmodel.InstitutionReferences;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import org.shanhai.metrics.indicator.Direction;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.Unit;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.scorecard.ScorecardMath;
import org.shanhai.metrics.series.Aggregator;
import org.shanhai.metrics.series.IndicatorValues;

/**
 * Every programme ranked by one indicator of its primary recipient for a period (by the indicator's
 * rule, as on the scorecard), or by its year-on-year change (in percentage points for PERCENT
 * indicators, else in percent), best first by the indicator's direction. All values are loaded in a
 * fixed number of queries ({@link IndicatorValues#loadAll}), whatever the number of programmes.
 */
@ApplicationScoped
public class ProgrammeRanking {

    @Inject
    ProgrammeReferences programmes;

    @Inject
    InstitutionReferences institutions;

    @Inject
    IndicatorValues values;

    /** The whole ranking (the resource pages it); {@code division} is a prefix or null. */
    public List<RankingRow> rank(Indicator indicator, Period period, String division, boolean byChange) {
        List<ProgrammeReferences.PrimaryRecipient> all = programmes.primaryRecipients();
        Map<UUID, InstitutionReference> places = institutions.findAll(all.stream()
                .map(ProgrammeReferences.PrimaryRecipient::institutionId).distinct().toList());
        List<ProgrammeReferences.PrimaryRecipient> inside = all.stream().filter(p -> {
            InstitutionReference i = places.get(p.institutionId());
            return division == null || i != null && i.divisionCode != null && i.divisionCode.startsWith(division);
        }).toList();
        Period previous = period.sameLastYear();
        Map<UUID, IndicatorValues.Values> loaded = values.loadAll(inside.stream()
                .map(ProgrammeReferences.PrimaryRecipient::institutionId).distinct().toList(), List.of(indicator),
                previous.start(), period.end(), false);
        boolean points = indicator.unit == Unit.PERCENT;
        List<RankingRow> rows = new ArrayList<>();
        for (ProgrammeReferences.PrimaryRecipient p : inside) {
            IndicatorValues.Values v = loaded.get(p.institutionId());
            Aggregator.Point now = v.value(indicator.code, period);
            Aggregator.Point before = v.value(indicator.code, previous);
            InstitutionReference i = places.get(p.institutionId());
            // a period not yet complete is not compared with a whole one
            boolean comparable = !now.partial() && !before.partial();
            BigDecimal nowValue = comparable ? now.value() : null;
            rows.add(new RankingRow(null, p.programmeId(), p.code(), p.name(), p.status(), p.institutionId(),
                    i == null ? null : i.name, i == null ? null : i.divisionCode, plain(now.value()), now.basis(),
                    now.partial(), plain(before.value()),
                    plain(ScorecardMath.changePercent(nowValue, before.value())),
                    points ? plain(ScorecardMath.changePoints(nowValue, before.value())) : null,
                    ScorecardMath.trend(nowValue, before.value(), indicator.direction, indicator.stableThreshold)));
        }
        Function<RankingRow, BigDecimal> key = !byChange ? RankingRow::value
                : points ? RankingRow::changePoints : RankingRow::changePercent;
        Comparator<BigDecimal> best = indicator.direction == Direction.LOWER_IS_BETTER ? Comparator.naturalOrder()
                : Comparator.reverseOrder();
        rows.sort(Comparator.comparing(key, Comparator.nullsLast(best)).thenComparing(RankingRow::programmeCode));
        List<RankingRow> ranked = new ArrayList<>(rows.size());
        BigDecimal last = null;
        int rank = 0;
        for (int n = 0; n < rows.size(); n++) {
            RankingRow r = rows.get(n);
            BigDecimal k = key.apply(r);
            if (k != null && (last == null || k.compareTo(last) != 0)) {
                rank = n + 1; // equal values share a rank, the next one skips (1, 2, 2, 4)
                last = k;
            }
            ranked.add(new RankingRow(k == null ? null : rank, r.programmeId(), r.programmeCode(), r.programmeName(),
                    r.programmeStatus(), r.institutionId(), r.institutionName(), r.divisionCode(), r.value(), r.basis(),
                    r.partial(), r.previousValue(), r.changePercent(), r.changePoints(), r.trend()));
        }
        return ranked;
    }

    private static BigDecimal plain(BigDecimal d) {
        return d == null ? null : org.shanhai.metrics.observation.ValueRules.plain(d);
    }
}
