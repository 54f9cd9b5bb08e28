package org.shanhai.metrics.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shanhai.common.codes.DepartmentCodes;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.ObservationEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Filters;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.readmodel.InstitutionReferences;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.security.InstitutionScope;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.period.PeriodParameters;
import org.shanhai.metrics.period.PeriodSpan;

/** Records, changes and voids observations; each change and its event commit together. */
@ApplicationScoped
public class ObservationService {

    static final Map<String, String> SORTABLE = Map.of("period", "periodStart", "indicatorCode", "indicatorCode",
            "updatedAt", "updatedAt");

    static final Aggregate<Observation> AGGREGATE = new Aggregate<>(ObservationEvent.AGGREGATE,
            o -> o.institutionId.toString(), ObservationService::event);

    /** The observation a request addresses. */
    public record Key(UUID institutionId, String indicatorCode, PeriodSpan period, String department) {
    }

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    InstitutionScope scope;

    @Inject
    InstitutionReferences institutions;

    @Inject
    IndicatorService indicators;

    @Inject
    History history;

    @Inject
    DataLocks locks;

    /** The path's parts checked: the period and department readable (400), the institution and indicator known (422). */
    public Key key(UUID institutionId, String indicatorCode, String period, String department) {
        PeriodSpan span = PeriodParameters.span("period", period);
        if (department != null && !department.isBlank() && !DepartmentCodes.isKnown(department)) {
            throw Problems.invalidQuery("department", Text.of("'" + department + "' is not a 诊疗科目 code",
                    "“" + department + "”不是诊疗科目代码"));
        }
        return new Key(institutionId, indicatorCode, span, department == null || department.isBlank() ? null : department);
    }

    /** Idempotent: the same value again changes nothing; a new value keeps the old one in the history. */
    @Transactional
    public Result record(Key k, String body) {
        InstitutionReference institution = institution(k.institutionId());
        scope.requireWrite(institution.id, institution.divisionCode);
        ObservationRequests.Value r = bodies.bind(body, ObservationRequests.Value.class);
        Indicator indicator = indicator(k.indicatorCode());
        ObservationBasis basis = r.basis() == null ? ObservationBasis.RECORDED : r.basis();
        checkWritable(indicator, basis);
        ValueRules.problem(indicator.unit, r.value()).ifPresent(p -> {
            throw Problems.invalid("value", p);
        });
        Optional<Observation> current = find(k, true);
        String locked = hold(k.institutionId(), k.period());
        String dataSource = r.dataSource() == null || r.dataSource().isBlank() ? null : r.dataSource().strip();
        if (locked != null) {
            if (!current.map(o -> !o.voided && same(o, r.value(), basis, r.note())
                    && java.util.Objects.equals(o.dataSource, dataSource)).orElse(false)) {
                throw locked(k.period(), locked);
            }
            return new Result(current.get(), false); // the same again: answered, and nothing written (not even a newer definition version)
        }
        if (current.isEmpty()) {
            Observation o = newObservation(k, indicator);
            apply(o, r, basis, indicator, true);
            return new Result(writes.create(o, ObservationEvent.RECORDED, AGGREGATE), true);
        }
        Observation o = current.get();
        writes.update(o, ObservationEvent.RECORDED, AGGREGATE, x -> apply(x, r, basis, indicator, true));
        return new Result(o, false);
    }

    public record Result(Observation observation, boolean created) {
    }

    /** Voids a mistaken value with the reason; it stays in the history, and a later PUT may record it again. */
    @Transactional
    public Observation voidValue(Key k, String ifMatch, String body) {
        InstitutionReference institution = institution(k.institutionId());
        scope.requireWrite(institution.id, institution.divisionCode);
        ObservationRequests.Voiding r = bodies.bind(body, ObservationRequests.Voiding.class);
        Observation o = find(k, true).orElseThrow(() -> notFound(k));
        ETags.check(ifMatch, o.version);
        String locked = hold(k.institutionId(), k.period());
        if (locked != null) {
            throw locked(k.period(), locked);
        }
        if (o.voided) {
            throw Problems.conflict("reason", Text.of("the value is already voided", "该数值已作废"));
        }
        writes.update(o, ObservationEvent.RECORDED, AGGREGATE, x -> {
            x.voided = true;
            x.voidReason = r.reason().strip();
        });
        return o;
    }

    public Observation get(Key k) {
        return find(k, false).orElseThrow(() -> notFound(k));
    }

    public Page<HistoryEntry> history(Key k, PageRequest page) {
        return history.of(ObservationEvent.AGGREGATE, get(k).id, null, page);
    }

    public Page<ObservationView> search(UUID institutionId, String indicator, String from, String to,
            String department, boolean includeVoided, boolean approvedOnly, PageRequest page) {
        institution(institutionId);
        java.util.Set<Integer> approved = approvedOnly ? approvedYears(institutionId) : null;
        Filters f = new Filters()
                .and("institutionId = :inst", "inst", institutionId)
                .and("indicatorCode = :code", "code", indicator)
                .and("periodStart >= :from", "from", from == null ? null : PeriodParameters.span("from", from).start())
                .and("periodEnd <= :to", "to", to == null ? null : PeriodParameters.span("to", to).end())
                .and("department = :department", "department", department)
                .and("voided = false", !includeVoided)
                .and("span = false and year(periodStart) in :approved", "approved",
                        approved == null || approved.isEmpty() ? null : approved)
                .and("id is null", approved != null && approved.isEmpty());
        return Page.of(Observation.find(f.query(), page.toSort(SORTABLE, "period"), f.params()), page,
                ObservationView::of);
    }

    /** A stored value as the series and reports read it (no entity: a ranking reads tens of thousands). */
    public record StoredValue(UUID institutionId, String indicatorCode, String period, java.math.BigDecimal value,
            ObservationBasis basis, java.time.LocalDate periodStart) {
    }

    /** The current, not voided, institution-wide values of some indicators at many institutions, in one query. */
    public java.util.List<StoredValue> values(java.util.Collection<UUID> institutionIds, java.util.Collection<String> codes,
            java.time.LocalDate from, java.time.LocalDate to, boolean approvedOnly) {
        java.util.List<StoredValue> all = Observation.getEntityManager().createQuery("select o.institutionId, "
                + "o.indicatorCode, o.period, o.value, o.basis, o.periodStart from Observation o where o.institutionId in :ids "
                + "and o.indicatorCode in :codes and o.voided = false and o.department is null and o.span = false "
                + "and o.periodStart >= :from and o.periodEnd <= :to", Object[].class)
                .setParameter("ids", java.util.List.copyOf(institutionIds)).setParameter("codes", codes)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new StoredValue((UUID) r[0], (String) r[1], (String) r[2], (java.math.BigDecimal) r[3],
                        (ObservationBasis) r[4], (java.time.LocalDate) r[5])).toList();
        if (!approvedOnly) {
            return all;
        }
        java.util.Map<UUID, java.util.Set<Integer>> approved = new java.util.HashMap<>();
        return all.stream().filter(o -> approved.computeIfAbsent(o.institutionId(), this::approvedYears)
                .contains(o.periodStart().getYear())).toList();
    }

    /** The current, not voided, institution-wide values given for spans overlapping {@code from..to} (shown beside a series). */
    public java.util.List<Observation> spans(UUID institutionId, java.util.Collection<String> codes,
            java.time.LocalDate from, java.time.LocalDate to, boolean approvedOnly) {
        if (approvedOnly) {
            return java.util.List.of(); // a span's years are never all one approval (as in the lists)
        }
        return Observation.list("institutionId = ?1 and indicatorCode in ?2 and voided = false and department is null"
                + " and span = true and periodStart <= ?4 and periodEnd >= ?3 order by periodStart", institutionId, codes,
                from, to);
    }

    /** The years whose data is APPROVED. */
    public java.util.Set<Integer> approvedYears(UUID institutionId) {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        locks.lockedYears(institutionId).forEach((year, state) -> {
            if ("APPROVED".equals(state)) {
                years.add(year);
            }
        });
        return years;
    }

    /** The years a period touches (a span may cover several). */
    static java.util.List<Integer> years(PeriodSpan p) {
        java.util.List<Integer> years = new java.util.ArrayList<>();
        for (int y = p.start().getYear(); y <= p.end().getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    /** Holds the period's years against a concurrent submission; returns the lock's state if one is locked. */
    private String hold(UUID institutionId, PeriodSpan period) {
        java.util.List<Integer> years = years(period);
        locks.holdShared(institutionId, years);
        Map<Integer, String> locked = locks.lockedYears(institutionId);
        return years.stream().map(locked::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    static io.quarkiverse.resteasy.problem.HttpProblem locked(PeriodSpan period, String state) {
        return Problems.conflict("period", lockedReason(period, state));
    }

    /** Why a value of a locked year cannot change. */
    static Text lockedReason(PeriodSpan period, String state) {
        return Text.of("the data of " + period + " is " + state + " and locked: it changes only once "
                + "returned to DRAFT (退回)",
                period + " 的数据为 " + state + " 状态，已锁定：退回到 DRAFT 后方可修改");
    }

    /** Whether a write would leave the value as it is (so a retry of a locked value is not refused). */
    static boolean same(Observation o, java.math.BigDecimal value, ObservationBasis basis, String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        return o.value.compareTo(value) == 0 && o.basis == basis && java.util.Objects.equals(o.note, n);
    }

    /** A value as it was recorded (not a reported rate, not voided, not a span), for rules over values. */
    public record RecordedValue(String indicatorCode, String period, String department, java.math.BigDecimal value) {
    }

    /** The institution's recorded values of every period within {@code from..to}, departments included. */
    public java.util.List<RecordedValue> recorded(UUID institutionId, java.time.LocalDate from, java.time.LocalDate to) {
        return Observation.getEntityManager().createQuery("select o.indicatorCode, o.period, o.department, o.value"
                + " from Observation o where o.institutionId = :inst and o.voided = false and o.span = false"
                + " and o.basis <> :rate and o.periodStart >= :from and o.periodEnd <= :to", Object[].class)
                .setParameter("inst", institutionId).setParameter("rate", ObservationBasis.REPORTED_RATE)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(r -> new RecordedValue((String) r[0], (String) r[1], (String) r[2],
                        ValueRules.plain((java.math.BigDecimal) r[3])))
                .toList();
    }

    /**
     * For each institution, each indicator's periods within {@code from..to} that have a current value for
     * the institution as a whole (any basis): what the completeness report counts as reported.
     */
    public Map<UUID, Map<String, java.util.Set<String>>> reportedPeriods(java.util.Collection<UUID> institutionIds,
            java.time.LocalDate from, java.time.LocalDate to) {
        Map<UUID, Map<String, java.util.Set<String>>> out = new java.util.HashMap<>();
        if (institutionIds.isEmpty()) {
            return out;
        }
        Observation.getEntityManager().createQuery("select o.institutionId, o.indicatorCode, o.period from Observation o"
                + " where o.institutionId in :ids and o.voided = false and o.span = false and o.department is null"
                + " and o.periodStart >= :from and o.periodEnd <= :to", Object[].class)
                .setParameter("ids", institutionIds).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> out.computeIfAbsent((UUID) r[0], i -> new java.util.HashMap<>())
                        .computeIfAbsent((String) r[1], c -> new java.util.HashSet<>()).add((String) r[2]));
        return out;
    }

    public InstitutionReference institution(UUID institutionId) {
        InstitutionReference i = institutions.find(institutionId);
        if (i == null) {
            throw Problems.unprocessable("institutionId", Text.of("institution " + institutionId
                    + " is not known here (yet): programme-service has not announced it",
                    "本服务尚未收到机构 " + institutionId + "：programme-service 尚未发布该机构"));
        }
        return i;
    }

    private Indicator indicator(String code) {
        return indicators.find(code).orElseThrow(() -> Problems.unprocessable("indicatorCode", Text.of("indicator " + code
                + " is not in the catalogue", "指标 " + code + " 不在指标目录中")));
    }

    /**
     * A derived indicator (from events or milestones) is not written by hand, and a RATIO is reported by
     * its parts; either may carry a rate a report published without its parts, when the request says so.
     */
    static void checkWritable(Indicator indicator, ObservationBasis basis) {
        if (basis == ObservationBasis.REPORTED_RATE) {
            if (indicator.aggregation != Aggregation.RATIO) {
                throw Problems.unprocessable("basis", Text.of("REPORTED_RATE is for a rate published without its parts; "
                        + indicator.code + " is not a RATIO indicator",
                        "REPORTED_RATE 用于未公布分子、分母的率；" + indicator.code + " 不是 RATIO 指标"));
            }
            return;
        }
        if (indicator.source.isDerived()) {
            throw Problems.unprocessable("indicatorCode", Text.of(indicator.code + " is derived from " + indicator.source
                    + " and cannot be written by hand; record the underlying records instead (or, for a rate a report "
                    + "published without its parts, send basis REPORTED_RATE)",
                    indicator.code + " 由 " + indicator.source + " 派生，不能手工填报；请改为录入其所依据的记录"
                    + "（若是报告未公布分子、分母的率，请发送 basis REPORTED_RATE）"));
        }
        if (indicator.aggregation == Aggregation.RATIO) {
            throw Problems.unprocessable("indicatorCode", Text.of(indicator.code + " is the ratio " + indicator.numeratorCode
                    + " / " + indicator.denominatorCode + ": report the numerator and the denominator instead (or, for a rate a "
                    + "report published without its parts, send basis REPORTED_RATE)",
                    indicator.code + " 是比率 " + indicator.numeratorCode + " / " + indicator.denominatorCode
                    + "：请改为填报分子和分母（若是报告未公布分子、分母的率，请发送 basis REPORTED_RATE）"));
        }
    }

    private static Optional<Observation> find(Key k, boolean lock) {
        var q = Observation.<Observation>find("institutionId = ?1 and indicatorCode = ?2 and period = ?3 and "
                + (k.department() == null ? "department is null" : "department = ?4"),
                k.department() == null ? new Object[] {k.institutionId(), k.indicatorCode(), k.period().toString()}
                        : new Object[] {k.institutionId(), k.indicatorCode(), k.period().toString(), k.department()});
        return (lock ? q.withLock(LockModeType.PESSIMISTIC_WRITE) : q).firstResultOptional();
    }

    /** A value not stored yet, at its key (a PUT's or an import row's), before {@link #apply}. */
    static Observation newObservation(Key k, Indicator indicator) {
        Observation o = new Observation();
        o.institutionId = k.institutionId();
        o.indicatorCode = indicator.code;
        o.period = k.period().toString();
        o.periodStart = k.period().start();
        o.periodEnd = k.period().end();
        o.span = !k.period().isSingle();
        o.department = k.department();
        return o;
    }

    /** {@code dataSourceGiven}: the request speaks for the data source (a PUT); an import keeps the stored one. */
    static void apply(Observation o, ObservationRequests.Value r, ObservationBasis basis, Indicator indicator,
            boolean dataSourceGiven) {
        if (o.value == null || o.value.compareTo(r.value()) != 0) {
            o.value = ValueRules.plain(r.value());
        }
        o.basis = basis;
        o.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        if (dataSourceGiven) {
            o.dataSource = r.dataSource() == null || r.dataSource().isBlank() ? null : r.dataSource().strip();
        }
        o.indicatorVersion = indicator.version;
        o.voided = false;
        o.voidReason = null;
    }

    /** 404 naming the value: indicator, period, department and institution. */
    private static io.quarkiverse.resteasy.problem.HttpProblem notFound(Key k) {
        String what = k.indicatorCode() + " " + k.period() + (k.department() == null ? "" : " (" + k.department() + ")");
        return Problems.notFound(Text.of("observation " + what + " of institution " + k.institutionId()
                + " does not exist", "机构 " + k.institutionId() + " 的观测值 " + k.indicatorCode() + " " + k.period()
                + (k.department() == null ? "" : "（科室 " + k.department() + "）") + " 不存在"));
    }

    static ObservationEvent event(Observation o, Map<String, Change> changes) {
        return new ObservationEvent(o.id, o.institutionId, o.indicatorCode, o.indicatorVersion, o.period, o.department,
                ValueRules.plain(o.value).toPlainString(), o.basis.name(), o.voided, o.voidReason, o.version, changes);
    }
}
