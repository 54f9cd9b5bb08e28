package org.shanhai.metrics.activity;

import static org.shanhai.metrics.activity.ActivityIndicators.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shanhai.common.time.Clock;
import org.shanhai.metrics.indicator.DerivedValues;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.period.PeriodSpan;

/**
 * The activity indicators of one recipient institution, counted from the records the other services
 * announced ({@link ActivityProjection}). A month that has begun and saw nothing counts 0; a month to
 * come has no value yet. Experts on site and active mentorships count what covers any day of the
 * month (distinct experts, so two postings of one expert count once), an open-ended one up to the
 * current month. Exam results land on their year. A reported total stands for the period it names
 * (basis REPORTED) and is never spread over its months nor added to the counted records.
 */
@ApplicationScoped
public class ActivityCounts implements DerivedValues {

    @Inject
    EntityManager em;

    @Override
    public List<Value> values(UUID institutionId, Collection<String> codes, LocalDate from, LocalDate to) {
        List<Value> out = new ArrayList<>();
        List<String> monthly = codes.stream().filter(MONTHLY::contains).sorted().toList();
        LocalDate today = Clock.today();
        if (!monthly.isEmpty() && !from.isAfter(today)) {
            out.addAll(monthly(institutionId, monthly, from, to.isAfter(today) ? today : to));
        }
        if (codes.stream().anyMatch(YEARLY::contains)) {
            out.addAll(exams(institutionId, codes, from, to));
        }
        out.addAll(reportedTotals(institutionId, codes, from, to));
        return out;
    }

    private List<Value> monthly(UUID institutionId, List<String> codes, LocalDate from, LocalDate to) {
        Period first = Period.of(Period.Type.MONTH, from);
        Period last = Period.of(Period.Type.MONTH, to);
        Map<String, Map<LocalDate, BigDecimal>> counts = new LinkedHashMap<>();
        for (String code : codes) {
            Map<LocalDate, BigDecimal> months = new LinkedHashMap<>();
            for (Period m = first; !m.start().isAfter(last.start()); m = m.next()) {
                months.put(m.start(), BigDecimal.ZERO);
            }
            counts.put(code, months);
        }
        LocalDate start = first.start();
        LocalDate end = last.end();
        if (codes.stream().anyMatch(c -> BY_ACTIVITY_TYPE.containsValue(c) || c.equals(TRAINING_ATTENDANCES))) {
            for (Object[] r : rows("SELECT type, CAST(date_trunc('month', activity_date) AS date), count(*), "
                    + "sum(attendee_count) FROM known_training_activity WHERE institution_id = :i "
                    + "AND activity_date BETWEEN :from AND :to GROUP BY 1, 2", institutionId, start, end)) {
                String type = (String) r[0];
                LocalDate month = date(r[1]);
                add(counts, BY_ACTIVITY_TYPE.get(type), month, number(r[2]));
                if (!NOT_TRAINING.equals(type)) {
                    add(counts, TRAINING_ATTENDANCES, month, number(r[3]));
                }
            }
        }
        if (counts.containsKey(EXPERTS_ON_SITE)) {
            // removed assignments (assignment.ended) no longer count; an expert posted twice counts once
            set(counts, EXPERTS_ON_SITE, covering("SELECT CAST(m AS date), count(DISTINCT a.expert_id) FROM "
                    + "generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 month') AS m "
                    + "JOIN known_assignment a ON a.institution_id = :i AND NOT a.ended "
                    + "AND a.start_date < m + interval '1 month' AND (a.end_date IS NULL OR a.end_date >= m) GROUP BY 1",
                    institutionId, start, last.start()));
        }
        if (counts.containsKey(MENTORSHIPS_ACTIVE)) {
            set(counts, MENTORSHIPS_ACTIVE, covering("SELECT CAST(m AS date), count(*) FROM "
                    + "generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 month') AS m "
                    + "JOIN known_mentorship t ON t.institution_id = :i "
                    + "AND t.start_date < m + interval '1 month' AND (t.end_date IS NULL OR t.end_date >= m) GROUP BY 1",
                    institutionId, start, last.start()));
        }
        if (counts.containsKey(MENTORSHIPS_COMPLETED)) {
            set(counts, MENTORSHIPS_COMPLETED, covering("SELECT CAST(date_trunc('month', end_date) AS date), count(*) "
                    + "FROM known_mentorship WHERE institution_id = :i AND status = 'COMPLETED' "
                    + "AND end_date BETWEEN :from AND :to GROUP BY 1", institutionId, start, end));
        }
        if (counts.containsKey(STAFF_SECONDED)) {
            set(counts, STAFF_SECONDED, covering("SELECT CAST(date_trunc('month', start_date) AS date), count(*) "
                    + "FROM known_secondment WHERE institution_id = :i AND type IN ('FURTHER_STUDY', 'SHADOWING') "
                    + "AND start_date BETWEEN :from AND :to GROUP BY 1", institutionId, start, end));
        }
        if (counts.containsKey(FUNDS_RECEIVED)) {
            set(counts, FUNDS_RECEIVED, covering("SELECT CAST(date_trunc('month', input_date) AS date), sum(amount) "
                    + "FROM known_resource_input WHERE institution_id = :i AND kind = 'FUNDS' "
                    + "AND input_date BETWEEN :from AND :to GROUP BY 1", institutionId, start, end));
        }
        List<Value> out = new ArrayList<>();
        counts.forEach((code, months) -> months.forEach((month, value) -> out.add(new Value(code,
                PeriodSpan.of(Period.of(Period.Type.MONTH, month)), value, false, null))));
        return out;
    }

    private List<Value> exams(UUID institutionId, Collection<String> codes, LocalDate from, LocalDate to) {
        int firstYear = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
        int lastYear = to.equals(Period.year(to.getYear()).end()) ? to.getYear() : to.getYear() - 1;
        List<Value> out = new ArrayList<>();
        for (Object[] r : results(em.createNativeQuery("SELECT exam_year, sum(candidates), sum(passed) FROM known_exam_result "
                        + "WHERE institution_id = :i AND exam_type IN ('PRACTISING_PHYSICIAN', 'ASSISTANT_PHYSICIAN') "
                        + "AND exam_year BETWEEN :first AND :last GROUP BY 1", Object[].class)
                .setParameter("i", institutionId).setParameter("first", firstYear).setParameter("last", lastYear)
)) {
            PeriodSpan year = PeriodSpan.of(Period.year(((Number) r[0]).intValue()));
            if (codes.contains(LICENCE_EXAM_CANDIDATES)) {
                out.add(new Value(LICENCE_EXAM_CANDIDATES, year, number(r[1]), false, null));
            }
            if (codes.contains(LICENCE_EXAM_PASSED)) {
                out.add(new Value(LICENCE_EXAM_PASSED, year, number(r[2]), false, null));
            }
        }
        return out;
    }

    /** The latest report's total for each indicator and span overlapping {@code from..to}. */
    private List<Value> reportedTotals(UUID institutionId, Collection<String> codes, LocalDate from, LocalDate to) {
        List<String> types = BY_TOTAL_TYPE.entrySet().stream().filter(e -> codes.contains(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (types.isEmpty()) {
            return List.of();
        }
        List<KnownReportedTotal> totals = KnownReportedTotal.<KnownReportedTotal>list("institutionId = ?1 and type in ?2 "
                + "and fromDate <= ?3 and toDate >= ?4 order by reportDate, updatedAt", institutionId, types, to, from);
        Map<String, Value> latest = new LinkedHashMap<>();
        for (KnownReportedTotal t : totals) {
            String code = BY_TOTAL_TYPE.get(t.type);
            Optional<PeriodSpan> exact = PeriodSpan.exactly(t.fromDate, t.toDate);
            PeriodSpan span = exact.orElseGet(() -> PeriodSpan.months(t.fromDate, t.toDate));
            String note = "报告数 " + t.report + " (" + t.reportDate + ")" + (t.quote == null ? "" : ": " + t.quote)
                    + (exact.isPresent() ? "" : "; reported for " + t.fromDate + ".." + t.toDate);
            latest.put(code + "@" + span, new Value(code, span, BigDecimal.valueOf(t.count), true, note));
        }
        return new ArrayList<>(latest.values());
    }

    private List<Object[]> rows(String sql, UUID institutionId, LocalDate from, LocalDate to) {
        return results(em.createNativeQuery(sql, Object[].class).setParameter("i", institutionId)
                .setParameter("from", from).setParameter("to", to));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> results(jakarta.persistence.Query q) {
        return q.getResultList();
    }

    private Map<LocalDate, BigDecimal> covering(String sql, UUID institutionId, LocalDate from, LocalDate to) {
        Map<LocalDate, BigDecimal> m = new HashMap<>();
        for (Object[] r : rows(sql, institutionId, from, to)) {
            m.put(date(r[0]), number(r[1]));
        }
        return m;
    }

    private static void set(Map<String, Map<LocalDate, BigDecimal>> counts, String code, Map<LocalDate, BigDecimal> values) {
        values.forEach((month, v) -> add(counts, code, month, v));
    }

    private static void add(Map<String, Map<LocalDate, BigDecimal>> counts, String code, LocalDate month, BigDecimal v) {
        Map<LocalDate, BigDecimal> months = code == null ? null : counts.get(code);
        if (months != null && months.containsKey(month) && v != null) {
            months.merge(month, v, BigDecimal::add);
        }
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static BigDecimal number(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
