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
 * The activity indicators of recipient institutions, counted from the records the other services
 * announced ({@link ActivityProjection}). A month that has begun and saw nothing counts 0; a month to
 * come has no value yet. Experts on site and active mentorships count what covers any day of the
 * month (distinct experts, so two postings of one expert count once), an open-ended one up to the
 * current month. Exam results land on their year. A reported total stands for the period it names
 * (basis REPORTED) and is never spread over its months nor added to the counted records. One query per
 * kind of record, for any number of institutions.
 */
@ApplicationScoped
public class ActivityCounts implements DerivedValues {

    @Inject
    EntityManager em;

    @Override
    public Map<UUID, List<Value>> values(Collection<UUID> institutionIds, Collection<String> codes, LocalDate from,
            LocalDate to) {
        Map<UUID, List<Value>> out = new HashMap<>();
        if (institutionIds.isEmpty()) {
            return out;
        }
        List<UUID> ids = List.copyOf(institutionIds);
        List<String> monthly = codes.stream().filter(MONTHLY::contains).sorted().toList();
        LocalDate today = Clock.today();
        if (!monthly.isEmpty() && !from.isAfter(today)) {
            monthly(ids, monthly, from, to.isAfter(today) ? today : to, out);
        }
        if (codes.stream().anyMatch(YEARLY::contains)) {
            exams(ids, codes, from, to, out);
        }
        reportedTotals(ids, codes, from, to, out);
        return out;
    }

    private void monthly(List<UUID> ids, List<String> codes, LocalDate from, LocalDate to, Map<UUID, List<Value>> out) {
        Period first = Period.of(Period.Type.MONTH, from);
        Period last = Period.of(Period.Type.MONTH, to);
        List<LocalDate> months = new ArrayList<>();
        for (Period m = first; !m.start().isAfter(last.start()); m = m.next()) {
            months.add(m.start());
        }
        // institution -> indicator -> month -> count, every month of every institution starting at 0
        Map<UUID, Map<String, Map<LocalDate, BigDecimal>>> counts = new HashMap<>();
        for (UUID id : ids) {
            Map<String, Map<LocalDate, BigDecimal>> byCode = new LinkedHashMap<>();
            for (String code : codes) {
                Map<LocalDate, BigDecimal> m = new LinkedHashMap<>();
                months.forEach(month -> m.put(month, BigDecimal.ZERO));
                byCode.put(code, m);
            }
            counts.put(id, byCode);
        }
        LocalDate start = first.start();
        LocalDate end = last.end();
        if (codes.stream().anyMatch(c -> BY_ACTIVITY_TYPE.containsValue(c) || c.equals(TRAINING_ATTENDANCES))) {
            for (Object[] r : rows("SELECT institution_id, type, CAST(date_trunc('month', activity_date) AS date), count(*), "
                    + "sum(attendee_count) FROM known_training_activity WHERE institution_id IN (:ids) "
                    + "AND activity_date BETWEEN :from AND :to GROUP BY 1, 2, 3", ids, start, end)) {
                UUID id = (UUID) r[0];
                String type = (String) r[1];
                LocalDate month = date(r[2]);
                add(counts, id, BY_ACTIVITY_TYPE.get(type), month, number(r[3]));
                if (!NOT_TRAINING.equals(type)) {
                    add(counts, id, TRAINING_ATTENDANCES, month, number(r[4]));
                }
            }
        }
        if (codes.contains(EXPERTS_ON_SITE)) {
            // removed assignments (assignment.ended) no longer count; an expert posted twice counts once
            set(counts, EXPERTS_ON_SITE, covering("count(DISTINCT t.expert_id)", "known_assignment", "AND NOT t.ended"),
                    ids, start, last.start());
        }
        if (codes.contains(MENTORSHIPS_ACTIVE)) {
            set(counts, MENTORSHIPS_ACTIVE, covering("count(*)", "known_mentorship", ""), ids, start, last.start());
        }
        if (codes.contains(MENTORSHIPS_COMPLETED)) {
            set(counts, MENTORSHIPS_COMPLETED, "SELECT institution_id, CAST(date_trunc('month', end_date) AS date), count(*) "
                    + "FROM known_mentorship WHERE institution_id IN (:ids) AND status = 'COMPLETED' "
                    + "AND end_date BETWEEN :from AND :to GROUP BY 1, 2", ids, start, end);
        }
        if (codes.contains(STAFF_SECONDED)) {
            set(counts, STAFF_SECONDED, "SELECT institution_id, CAST(date_trunc('month', start_date) AS date), count(*) "
                    + "FROM known_secondment WHERE institution_id IN (:ids) AND type IN ('FURTHER_STUDY', 'SHADOWING') "
                    + "AND start_date BETWEEN :from AND :to GROUP BY 1, 2", ids, start, end);
        }
        if (codes.contains(FUNDS_RECEIVED)) {
            set(counts, FUNDS_RECEIVED, "SELECT institution_id, CAST(date_trunc('month', input_date) AS date), sum(amount) "
                    + "FROM known_resource_input WHERE institution_id IN (:ids) AND kind = 'FUNDS' "
                    + "AND input_date BETWEEN :from AND :to GROUP BY 1, 2", ids, start, end);
        }
        counts.forEach((id, byCode) -> byCode.forEach((code, m) -> m.forEach((month, value) -> out
                .computeIfAbsent(id, x -> new ArrayList<>())
                .add(new Value(code, PeriodSpan.of(Period.of(Period.Type.MONTH, month)), value, false, null)))));
    }

    private void exams(List<UUID> ids, Collection<String> codes, LocalDate from, LocalDate to, Map<UUID, List<Value>> out) {
        int firstYear = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
        int lastYear = to.equals(Period.year(to.getYear()).end()) ? to.getYear() : to.getYear() - 1;
        if (firstYear > lastYear) {
            return;
        }
        for (Object[] r : results(em.createNativeQuery("SELECT institution_id, exam_year, sum(candidates), sum(passed) "
                        + "FROM known_exam_result WHERE institution_id IN (:ids) "
                        + "AND exam_type IN ('PRACTISING_PHYSICIAN', 'ASSISTANT_PHYSICIAN') "
                        + "AND exam_year BETWEEN :first AND :last GROUP BY 1, 2", Object[].class)
                .setParameter("ids", ids).setParameter("first", firstYear).setParameter("last", lastYear))) {
            List<Value> list = out.computeIfAbsent((UUID) r[0], x -> new ArrayList<>());
            PeriodSpan year = PeriodSpan.of(Period.year(((Number) r[1]).intValue()));
            if (codes.contains(LICENCE_EXAM_CANDIDATES)) {
                list.add(new Value(LICENCE_EXAM_CANDIDATES, year, number(r[2]), false, null));
            }
            if (codes.contains(LICENCE_EXAM_PASSED)) {
                list.add(new Value(LICENCE_EXAM_PASSED, year, number(r[3]), false, null));
            }
        }
    }

    /** The latest report's total for each institution, indicator and span overlapping {@code from..to}. */
    private void reportedTotals(List<UUID> ids, Collection<String> codes, LocalDate from, LocalDate to,
            Map<UUID, List<Value>> out) {
        List<String> types = BY_TOTAL_TYPE.entrySet().stream().filter(e -> codes.contains(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (types.isEmpty()) {
            return;
        }
        List<KnownReportedTotal> totals = KnownReportedTotal.<KnownReportedTotal>list("institutionId in ?1 and type in ?2 "
                + "and fromDate <= ?3 and toDate >= ?4 order by reportDate, updatedAt", ids, types, to, from);
        Map<UUID, Map<String, Value>> latest = new HashMap<>();
        for (KnownReportedTotal t : totals) {
            String code = BY_TOTAL_TYPE.get(t.type);
            Optional<PeriodSpan> exact = PeriodSpan.exactly(t.fromDate, t.toDate);
            PeriodSpan span = exact.orElseGet(() -> PeriodSpan.months(t.fromDate, t.toDate));
            String note = "报告数 " + t.report + " (" + t.reportDate + ")" + (t.quote == null ? "" : ": " + t.quote)
                    + (exact.isPresent() ? "" : "; reported for " + t.fromDate + ".." + t.toDate);
            latest.computeIfAbsent(t.institutionId, x -> new LinkedHashMap<>())
                    .put(code + "@" + span, new Value(code, span, BigDecimal.valueOf(t.count), true, note, exact.isPresent()));
        }
        latest.forEach((id, values) -> out.computeIfAbsent(id, x -> new ArrayList<>()).addAll(values.values()));
    }

    /**
     * Per institution and month from {@code :from} to {@code :to}, {@code measure} over the rows of
     * {@code table} whose start_date..end_date (open end: still running) covers any day of the month.
     */
    private static String covering(String measure, String table, String condition) {
        return "SELECT t.institution_id, CAST(m AS date), " + measure + " FROM "
                + "generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 month') AS m "
                + "JOIN " + table + " t ON t.institution_id IN (:ids) " + condition
                + " AND t.start_date < m + interval '1 month' AND (t.end_date IS NULL OR t.end_date >= m) GROUP BY 1, 2";
    }

    private List<Object[]> rows(String sql, List<UUID> ids, LocalDate from, LocalDate to) {
        return results(em.createNativeQuery(sql, Object[].class).setParameter("ids", ids)
                .setParameter("from", from).setParameter("to", to));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> results(jakarta.persistence.Query q) {
        return q.getResultList();
    }

    private void set(Map<UUID, Map<String, Map<LocalDate, BigDecimal>>> counts, String code, String sql, List<UUID> ids,
            LocalDate from, LocalDate to) {
        for (Object[] r : rows(sql, ids, from, to)) {
            add(counts, (UUID) r[0], code, date(r[1]), number(r[2]));
        }
    }

    private static void add(Map<UUID, Map<String, Map<LocalDate, BigDecimal>>> counts, UUID id, String code,
            LocalDate month, BigDecimal v) {
        Map<String, Map<LocalDate, BigDecimal>> byCode = counts.get(id);
        Map<LocalDate, BigDecimal> months = code == null || byCode == null ? null : byCode.get(code);
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
