package org.shanhai.metrics.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shanhai.common.time.Clock;
import org.shanhai.metrics.indicator.DerivedValues;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.period.PeriodSpan;

/**
 * The catalogue's MILESTONES indicators, counted from the recorded milestones for every year, quarter
 * and month of a window that has begun: NEW_TECHNIQUES and NEW_TECHNIQUES_INDEPENDENT count the new
 * techniques reached within the period (one dated only "2023" counts in 2023, in none of its months);
 * KEY_SPECIALTIES counts the departments recognised as key specialties (any level, construction unit or
 * approved) by the period's end, each department once. A capability recorded by two programmes at one
 * hospital counts once. Undated milestones are listed, never counted.
 */
@ApplicationScoped
public class MilestoneCounts implements DerivedValues {

    static final String NEW_TECHNIQUES = "NEW_TECHNIQUES";
    static final String NEW_TECHNIQUES_INDEPENDENT = "NEW_TECHNIQUES_INDEPENDENT";
    static final String KEY_SPECIALTIES = "KEY_SPECIALTIES";
    static final Set<String> CODES = Set.of(NEW_TECHNIQUES, NEW_TECHNIQUES_INDEPENDENT, KEY_SPECIALTIES);

    @Override
    public Map<UUID, List<Value>> values(Collection<UUID> institutionIds, Collection<String> codes, LocalDate from,
            LocalDate to) {
        List<String> wanted = codes.stream().filter(CODES::contains).sorted().toList();
        LocalDate today = Clock.today();
        Map<UUID, List<Value>> out = new HashMap<>();
        if (wanted.isEmpty() || from.isAfter(today) || institutionIds.isEmpty()) {
            return out;
        }
        Map<UUID, List<Milestone>> dated = new HashMap<>();
        institutionIds.forEach(id -> dated.put(id, new ArrayList<>()));
        Milestone.<Milestone>list("institutionId in ?1 and achieved is not null and type in ?2", List.copyOf(institutionIds),
                List.of(MilestoneType.NEW_TECHNIQUE, MilestoneType.KEY_SPECIALTY))
                .forEach(m -> dated.get(m.institutionId).add(m));
        List<Period> periods = new ArrayList<>();
        for (Period.Type type : Period.Type.values()) {
            for (Period p = Period.of(type, from); !p.end().isAfter(to) && !p.start().isAfter(today); p = p.next()) {
                periods.add(p);
            }
        }
        dated.forEach((id, milestones) -> {
            List<Value> values = new ArrayList<>();
            for (Period p : periods) {
                for (String code : wanted) {
                    values.add(new Value(code, PeriodSpan.of(p), count(code, milestones, p), false, null));
                }
            }
            out.put(id, values);
        });
        return out;
    }

    /** Which technique a milestone is, whichever programme recorded it (a nameless one is itself). */
    static Object technique(Milestone m) {
        return m.name == null ? m : m.name.strip().toLowerCase();
    }

    /** Pure: the indicator's value for the period from the institution's dated milestones. */
    static BigDecimal count(String code, List<Milestone> dated, Period p) {
        // a technique recorded by two programmes at one hospital is one technique there
        long n = switch (code) {
            case NEW_TECHNIQUES -> dated.stream().filter(m -> m.type == MilestoneType.NEW_TECHNIQUE && m.when().within(p))
                    .map(MilestoneCounts::technique).distinct().count();
            case NEW_TECHNIQUES_INDEPENDENT -> dated.stream().filter(m -> m.type == MilestoneType.NEW_TECHNIQUE
                    && Boolean.TRUE.equals(m.independent) && m.when().within(p)).map(MilestoneCounts::technique).distinct()
                    .count();
            default -> dated.stream().filter(m -> m.type == MilestoneType.KEY_SPECIALTY && m.when().by(p))
                    .map(m -> m.department).distinct().count();
        };
        return BigDecimal.valueOf(n);
    }
}
