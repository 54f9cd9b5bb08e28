package org.shanhai.metrics.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.metrics.period.PeriodSpan;

/**
 * A source of the indicators that are not written by hand (the catalogue's EVENTS and MILESTONES):
 * each feature that counts some of them is a bean of this type, and the series and the scorecard read
 * them all beside the reported observations.
 */
public interface DerivedValues {

    /**
     * One value: counted from records, or a total a report gave ({@code reported}) for its period or span;
     * {@code whole}: it covers exactly its period (a total for 5 to 20 March is not March's value).
     */
    record Value(String indicator, PeriodSpan period, BigDecimal value, boolean reported, String note, boolean whole) {

        public Value(String indicator, PeriodSpan period, BigDecimal value, boolean reported, String note) {
            this(indicator, period, value, reported, note, true);
        }
    }

    /**
     * The values of those {@code codes} this source counts, for each institution and the periods inside
     * {@code from..to}, in a fixed number of queries whatever the number of institutions (a national ranking).
     */
    Map<UUID, List<Value>> values(Collection<UUID> institutionIds, Collection<String> codes, LocalDate from, LocalDate to);

    /** The same for one institution. */
    default List<Value> values(UUID institutionId, Collection<String> codes, LocalDate from, LocalDate to) {
        return values(List.of(institutionId), codes, from, to).getOrDefault(institutionId, List.of());
    }
}
