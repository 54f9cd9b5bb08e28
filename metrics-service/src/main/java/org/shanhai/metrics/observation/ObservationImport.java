package org.shanhai.metrics.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.DepartmentCodes;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.events.contract.ObservationEvent;
import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.readmodel.InstitutionReferences;
import org.shanhai.common.security.InstitutionScope;
import org.shanhai.common.tabular.RowErrors;
import org.shanhai.common.tabular.Table;
import org.shanhai.common.tabular.Tables;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.period.PeriodSpan;

/**
 * Observations from a CSV or XLSX file, in the long layout (one value a row: institution, indicator,
 * period, value) or the wide one statistics offices use (one row an indicator, one column a period,
 * such as 2025-01 … 2025-12). All rows or none: every bad cell is reported with its row and column.
 * Each value is an upsert as with PUT, so the same file twice changes nothing. The file is read row by
 * row and only the values are kept.
 */
@ApplicationScoped
public class ObservationImport {

    public static final int MAX_ROWS = 200_000;

    private static final Text EMPTY = Text.of("is empty", "为空");

    /** Values written (and flushed, and let go of) at a time. */
    static final int CHUNK = 5_000;

    /** 200,000 rows of a long CSV are about 20 MB; 48 MiB leaves room for notes and XLSX. */
    public static final long BODY_LIMIT = 48L * 1024 * 1024;

    @Schema(name = "ObservationImportResult", description = "导入结果 What an import did")
    public record Result(@Schema(description = "data rows read") int rows,
            @Schema(description = "values in the file") int values,
            @Schema(description = "new values stored") int created,
            @Schema(description = "values changed") int changed,
            @Schema(description = "values already stored as given") int unchanged) {
    }

    /** One value of the file, where it stands, and what it says. */
    record Cell(int row, String column, UUID institutionId, String indicator, PeriodSpan period, String department,
            BigDecimal value, String note, ObservationBasis basis) {

        String key() {
            return institutionId + "|" + indicator + "|" + period + "|" + (department == null ? "" : department);
        }
    }

    enum Col {
        INSTITUTION("机构", "institutionId"), CREDIT_CODE("统一社会信用代码", "creditCode"), INDICATOR("指标", "indicator"),
        PERIOD("期间", "period"), DEPARTMENT("科室", "department"), VALUE("数值", "value"), NOTE("备注", "note"),
        BASIS("口径", "basis");

        final String zh;
        final String en;

        Col(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        boolean names(String header) {
            String h = header.strip();
            return h.equals(zh) || h.equalsIgnoreCase(en) || h.startsWith(zh + " ") || h.toLowerCase(Locale.ROOT)
                    .endsWith(" " + en.toLowerCase(Locale.ROOT));
        }
    }

    @Inject
    InstitutionReferences institutions;

    @Inject
    InstitutionScope scope;

    @Inject
    DataLocks locks;

    @Inject
    IndicatorService indicators;

    @Inject
    EntityWrites writes;

    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 600) // 200,000 values on slow disks
    public Result importFile(byte[] body, String mediaType) {
        RowErrors errors = new RowErrors();
        List<Cell> cells = new ArrayList<>();
        int[] rows = {0};
        Map<Col, String> headers = new HashMap<>();
        Map<String, Period> periodColumns = new LinkedHashMap<>();
        Map<String, UUID> byCreditCode = new HashMap<>();
        Tables.stream(body, mediaType, MAX_ROWS, new Tables.RowSink() {
            @Override
            public void columns(List<String> columns) {
                for (String c : columns) {
                    for (Col col : Col.values()) {
                        if (col.names(c)) {
                            headers.put(col, c);
                        }
                    }
                    try {
                        periodColumns.put(c, Period.parse(c)); // the wide layout: a column a period
                    } catch (IllegalArgumentException notAPeriod) {
                        // a column of the long layout
                    }
                }
                List<String> missing = new ArrayList<>();
                List<String> missingZh = new ArrayList<>();
                if (!headers.containsKey(Col.INSTITUTION) && !headers.containsKey(Col.CREDIT_CODE)) {
                    missing.add("机构 (institutionId) or 统一社会信用代码 (creditCode)");
                    missingZh.add("“机构”（institutionId）或“统一社会信用代码”（creditCode）");
                }
                if (!headers.containsKey(Col.INDICATOR)) {
                    missing.add("指标 (indicator)");
                    missingZh.add("“指标”（indicator）");
                }
                if (periodColumns.isEmpty() && (!headers.containsKey(Col.PERIOD) || !headers.containsKey(Col.VALUE))) {
                    missing.add("期间 (period) and 数值 (value), or one column a period (2025-01, 2025Q1, 2025)");
                    missingZh.add("“期间”（period）和“数值”（value），或每个期间一列（2025-01、2025Q1、2025）");
                }
                if (!missing.isEmpty()) {
                    throw Problems.invalid("file", Text.of("the header row lacks " + String.join("; ", missing)
                            + "; download the template from /api/v1/observations/template",
                            "表头行缺少" + String.join("；", missingZh)
                            + "；请从 /api/v1/observations/template 下载模板"));
                }
            }

            @Override
            public void row(Table.Row row) {
                rows[0]++;
                read(row, headers, periodColumns, byCreditCode, errors, cells);
            }
        });

        // the whole file's institutions: known, and each one the caller's to write (a refusal refuses the file)
        Map<UUID, InstitutionReference> known = new HashMap<>();
        for (Cell c : cells) {
            known.computeIfAbsent(c.institutionId(), institutions::find);
        }
        for (InstitutionReference i : known.values()) {
            if (i != null) {
                scope.requireWrite(i.id, i.divisionCode);
            }
        }
        Map<String, Indicator> catalogue = new HashMap<>();
        Map<String, Cell> byKey = new LinkedHashMap<>();
        for (Cell c : cells) {
            String column = c.column();
            if (known.get(c.institutionId()) == null) {
                errors.add(c.row(), headers.getOrDefault(Col.INSTITUTION, headers.get(Col.CREDIT_CODE)), Text.of(
                        "institution " + c.institutionId() + " is not known here (yet): programme-service has not announced it",
                        "本服务尚未收到机构 " + c.institutionId() + "：programme-service 尚未发布该机构"));
                continue;
            }
            Indicator indicator = catalogue.computeIfAbsent(c.indicator(), code -> indicators.find(code).orElse(null));
            if (indicator == null) {
                errors.add(c.row(), headers.get(Col.INDICATOR), Text.of("indicator " + c.indicator() + " is not in the catalogue",
                        "指标 " + c.indicator() + " 不在指标目录中"));
                continue;
            }
            boolean ok = errors.capture(c.row(), field -> "value".equals(field) ? column
                    : "basis".equals(field) ? headers.getOrDefault(Col.BASIS, "basis") : headers.get(Col.INDICATOR), () -> {
                        ObservationService.checkWritable(indicator, c.basis());
                        ValueRules.problem(indicator.unit, c.value()).ifPresent(p -> {
                            throw Problems.invalid("value", p);
                        });
                    });
            if (ok) {
                Cell first = byKey.putIfAbsent(c.key(), c);
                if (first != null) {
                    errors.add(c.row(), column, Text.of("gives " + c.indicator() + " " + c.period() + " again (row " + first.row()
                            + " gave it)", "重复给出 " + c.indicator() + " " + c.period() + "（第 " + first.row() + " 行已给出）"));
                }
            }
        }
        errors.throwIfAny();
        return store(byKey.values(), catalogue, rows[0], errors);
    }

    private void read(Table.Row row, Map<Col, String> headers, Map<String, Period> periodColumns,
            Map<String, UUID> byCreditCode, RowErrors errors, List<Cell> cells) {
        int n = row.number();
        if (errors.refuseNul(row)) {
            return;
        }
        int before = errors.size();
        UUID institution = null;
        String id = headers.containsKey(Col.INSTITUTION) ? row.get(headers.get(Col.INSTITUTION)) : null;
        String credit = headers.containsKey(Col.CREDIT_CODE) ? row.get(headers.get(Col.CREDIT_CODE)) : null;
        if (id != null) {
            try {
                institution = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                errors.add(n, headers.get(Col.INSTITUTION), Text.of("'" + id + "' is not an institution id (UUID)",
                        "“" + id + "”不是机构 id（UUID）"));
            }
        } else if (credit != null) {
            institution = byCreditCode.computeIfAbsent(credit, code -> {
                InstitutionReference i = institutions.findByCreditCode(code);
                return i == null ? null : i.id;
            });
            if (institution == null) {
                errors.add(n, headers.get(Col.CREDIT_CODE), Text.of("no institution known here has the credit code " + credit,
                        "本服务已知的机构中没有统一社会信用代码为 " + credit + " 的机构"));
            }
        } else {
            errors.add(n, headers.getOrDefault(Col.INSTITUTION, headers.get(Col.CREDIT_CODE)), EMPTY);
        }
        String indicator = row.get(headers.get(Col.INDICATOR));
        if (indicator == null) {
            errors.add(n, headers.get(Col.INDICATOR), EMPTY);
        }
        String departmentText = headers.containsKey(Col.DEPARTMENT) ? row.get(headers.get(Col.DEPARTMENT)) : null;
        String department = DepartmentCodes.fromSpreadsheet(departmentText); // 04.02 typed in a plain cell reads 4.02
        if (departmentText != null && department == null) {
            errors.add(n, headers.get(Col.DEPARTMENT), Text.of("'" + departmentText + "' is not a 诊疗科目 code",
                    "“" + departmentText + "”不是诊疗科目代码"));
        }
        ObservationBasis basis = ObservationBasis.RECORDED;
        String basisText = headers.containsKey(Col.BASIS) ? row.get(headers.get(Col.BASIS)) : null;
        if (basisText != null) {
            try {
                basis = ObservationBasis.valueOf(basisText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(n, headers.get(Col.BASIS), Text.of("'" + basisText + "' is not one of RECORDED, REPORTED, REPORTED_RATE",
                        "“" + basisText + "”不是 RECORDED、REPORTED、REPORTED_RATE 之一"));
            }
        }
        String note = headers.containsKey(Col.NOTE) ? row.get(headers.get(Col.NOTE)) : null;
        if (note != null && note.length() > 500) {
            errors.add(n, headers.get(Col.NOTE), Text.of("is longer than 500 characters", "超过 500 个字符"));
        }
        if (errors.size() > before) {
            return;
        }
        if (periodColumns.isEmpty()) {
            PeriodSpan period = null;
            String periodText = row.get(headers.get(Col.PERIOD));
            try {
                period = PeriodSpan.parse(periodText);
            } catch (IllegalArgumentException e) {
                errors.add(n, headers.get(Col.PERIOD), InvalidValueException.reasonOf(e));
            }
            BigDecimal value = number(row.get(headers.get(Col.VALUE)), n, headers.get(Col.VALUE), errors);
            if (period != null && value != null) {
                cells.add(new Cell(n, headers.get(Col.VALUE), institution, indicator, period, department, value, note, basis));
            }
            return;
        }
        for (Map.Entry<String, Period> p : periodColumns.entrySet()) {
            String text = row.get(p.getKey());
            if (text == null) {
                continue; // not reported for that period: missing, not zero
            }
            BigDecimal value = number(text, n, p.getKey(), errors);
            if (value != null) {
                cells.add(new Cell(n, p.getKey(), institution, indicator, PeriodSpan.of(p.getValue()), department, value,
                        note, basis));
            }
        }
    }

    private static BigDecimal number(String text, int row, String column, RowErrors errors) {
        if (text == null) {
            errors.add(row, column, EMPTY);
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").strip());
        } catch (NumberFormatException e) {
            errors.add(row, column, Text.of("'" + text + "' is not a number", "“" + text + "”不是数字"));
            return null;
        }
    }

    /** Upserts: new values created, changed ones updated (history and events), the same ones left alone. */
    /**
     * Writes the values in chunks, each flushed and then let go of (the persistence context would
     * otherwise hold every row and its event: 200,000 of them do not fit a service's heap). New values
     * and their events go in with COPY, changed ones through Hibernate. It is still one transaction:
     * a refused row anywhere stores nothing.
     */
    private Result store(java.util.Collection<Cell> all, Map<String, Indicator> catalogue, int rows, RowErrors errors) {
        // by institution, indicator and period: a chunk then reaches few institutions, and its stored
        // values come in one query each
        List<Cell> cells = new ArrayList<>(all);
        cells.sort(java.util.Comparator.comparing(Cell::institutionId).thenComparing(Cell::indicator)
                .thenComparing(c -> c.period().start()).thenComparing(c -> c.period().end()));
        // years locked by data approval: held against a concurrent submission, then a row changing one is refused
        Map<UUID, Map<Integer, String>> locked = new HashMap<>();
        Map<UUID, Set<Integer>> years = new HashMap<>();
        cells.forEach(c -> years.computeIfAbsent(c.institutionId(), i -> new java.util.TreeSet<>())
                .addAll(ObservationService.years(c.period())));
        for (Map.Entry<UUID, Set<Integer>> e : years.entrySet()) {
            locks.holdShared(e.getKey(), e.getValue());
            locked.put(e.getKey(), locks.lockedYears(e.getKey()));
        }
        jakarta.persistence.EntityManager em = Observation.getEntityManager();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (int from = 0; from < cells.size(); from += CHUNK) {
            List<Cell> chunk = cells.subList(from, Math.min(cells.size(), from + CHUNK));
            Map<String, Observation> existing = stored(chunk);
            List<Observation> fresh = new ArrayList<>();
            List<Observation> touched = new ArrayList<>();
            List<Cell> touchedCells = new ArrayList<>();
            for (Cell c : chunk) {
                Observation o = existing.get(c.key());
                Indicator indicator = catalogue.get(c.indicator());
                Map<Integer, String> lockedYears = locked.get(c.institutionId());
                String lock = ObservationService.years(c.period()).stream().map(lockedYears::get)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                if (lock != null) {
                    if (o == null || o.voided || !ObservationService.same(o, c.value(), c.basis(), c.note())) {
                        errors.add(c.row(), c.column(), ObservationService.lockedReason(c.period(), lock));
                    } else {
                        unchanged++; // the same again in a locked year: nothing written
                    }
                    continue;
                }
                if (o == null) {
                    o = new Observation();
                    o.institutionId = c.institutionId();
                    o.indicatorCode = indicator.code;
                    o.period = c.period().toString();
                    o.periodStart = c.period().start();
                    o.periodEnd = c.period().end();
                    o.span = !c.period().isSingle();
                    o.department = c.department();
                    ObservationService.apply(o, new ObservationRequests.Value(c.value(), c.note(), null, c.basis()),
                            c.basis(), indicator, true);
                    fresh.add(o);
                } else {
                    touched.add(o);
                    touchedCells.add(c);
                }
            }
            if (!errors.isEmpty()) {
                em.clear(); // nothing more is written; the rest is still checked, so every refused row is listed
                continue;
            }
            writes.copyAll(fresh, "observation", COLUMNS, ObservationImport::row, ObservationEvent.RECORDED,
                    ObservationService.AGGREGATE);
            int n = writes.updateAll(touched, ObservationEvent.RECORDED, ObservationService.AGGREGATE, (i, o) -> {
                Cell c = touchedCells.get(i);
                ObservationService.apply(o, new ObservationRequests.Value(c.value(), c.note(), o.dataSource, c.basis()),
                        c.basis(), catalogue.get(c.indicator()), false);
            });
            created += fresh.size();
            changed += n;
            unchanged += touched.size() - n;
            em.flush();
            em.clear();
        }
        errors.throwIfAny();
        return new Result(rows, cells.size(), created, changed, unchanged);
    }

    /** The observation table's columns, as {@link #row} gives them (new values go in with COPY). */
    static final List<String> COLUMNS = List.of("id", "institution_id", "indicator_code", "indicator_version", "period",
            "period_start", "period_end", "span", "department", "value", "basis", "note", "data_source", "voided",
            "void_reason", "version", "created_at", "updated_at");

    static Object[] row(Observation o) {
        return new Object[] {o.id, o.institutionId, o.indicatorCode, o.indicatorVersion, o.period, o.periodStart,
            o.periodEnd, o.span, o.department, o.value, o.basis.name(), o.note, o.dataSource, o.voided, o.voidReason,
            o.version, o.createdAt, o.updatedAt};
    }

    /** The stored observations a chunk's cells may address, by {@link Cell#key()}. */
    private static Map<String, Observation> stored(List<Cell> chunk) {
        Map<UUID, List<Cell>> byInstitution = new LinkedHashMap<>();
        chunk.forEach(c -> byInstitution.computeIfAbsent(c.institutionId(), i -> new ArrayList<>()).add(c));
        Map<String, Observation> existing = new HashMap<>();
        for (Map.Entry<UUID, List<Cell>> e : byInstitution.entrySet()) {
            Set<String> codes = new LinkedHashSet<>();
            java.time.LocalDate first = null;
            java.time.LocalDate last = null;
            for (Cell c : e.getValue()) {
                codes.add(c.indicator());
                first = first == null || c.period().start().isBefore(first) ? c.period().start() : first;
                last = last == null || c.period().end().isAfter(last) ? c.period().end() : last;
            }
            for (Observation o : Observation.<Observation>list("institutionId = ?1 and indicatorCode in ?2"
                    + " and periodStart >= ?3 and periodEnd <= ?4", e.getKey(), codes, first, last)) {
                existing.put(o.institutionId + "|" + o.indicatorCode + "|" + o.period + "|"
                        + (o.department == null ? "" : o.department), o);
            }
        }
        return existing;
    }
}
