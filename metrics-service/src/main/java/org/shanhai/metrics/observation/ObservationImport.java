package org.shanhai.metrics.observation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.DepartmentCodes;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.events.contract.ObservationEvent;
import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.ProblemLanguage;
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

    /** Values handed over, written (and flushed, and let go of) at a time. */
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

    /** One value of the file, where it stands, and what it says; {@code rows}: the number of its rows in its chunk's batch if it is new (-1: none made). */
    record Cell(int row, String column, UUID institutionId, String indicator, PeriodSpan period, String department,
            BigDecimal value, String note, ObservationBasis basis, int rows) {

        Cell prepared(int rows) {
            return new Cell(row, column, institutionId, indicator, period, department, value, note, basis, rows);
        }

        Pair pair() {
            return new Pair(institutionId, indicator);
        }

        Key key() {
            return new Key(institutionId, indicator, period.toString(), department);
        }
    }

    /** What a value is of: the observation's unique key. */
    record Key(UUID institutionId, String indicator, String period, String department) {
    }

    /** An institution's indicator: what is stored is read once for each. */
    record Pair(UUID institutionId, String indicator) {
    }

    /** The first and last period start of some values of a pair: a chunk's, or what is stored. */
    record Starts(java.time.LocalDate first, java.time.LocalDate last) {

        Starts with(java.time.LocalDate start) {
            return start.isBefore(first) ? new Starts(start, last) : start.isAfter(last) ? new Starts(first, start) : this;
        }

        boolean contains(java.time.LocalDate start) {
            return !start.isBefore(first) && !start.isAfter(last);
        }

        boolean overlaps(Starts o) {
            return !last.isBefore(o.first) && !first.isAfter(o.last);
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

    /** One parser thread per import in progress (imports are few, and each holds a request thread too). */
    private ExecutorService parsers;

    @PostConstruct
    void start() {
        parsers = Executors.newCachedThreadPool(work -> {
            Thread t = new Thread(work, "observation-import");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        parsers.shutdownNow();
    }

    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 600) // 200,000 values on slow disks
    public Result importFile(byte[] body, String mediaType) {
        Map<String, Indicator> catalogue = new HashMap<>();
        indicators.all().forEach(i -> catalogue.put(i.code, i));
        Parser parser = new Parser(body, mediaType, catalogue, institutions.idsByCreditCode(),
                writes.copy("observation", COLUMNS, ObservationImport::row, ObservationEvent.RECORDED,
                        ObservationService.AGGREGATE));
        Future<?> parsing = parsers.submit(ProblemLanguage.inCallersLanguage(parser));
        try {
            return store(parser, parsing, catalogue);
        } finally {
            parsing.cancel(true); // a refusal here (403, 409) stops the parser too
        }
    }

    /**
     * What the parser hands over: the values that passed its checks, the institutions of every value it
     * read (each is checked against the caller's scope), and whether it has refused any row so far; and
     * what the values reach, so that the request's thread asks the database once an institution or
     * pair, not once a value: each institution's years, each pair's first and last period.
     */
    record Chunk(List<Cell> cells, EntityWrites.Batch batch, Set<UUID> institutions, Map<UUID, Set<Integer>> years, Map<Pair, Starts> pairs,
            boolean clean, boolean last, RuntimeException failure) {

        static Chunk failed(RuntimeException failure) {
            return new Chunk(List.of(), null, Set.of(), Map.of(), Map.of(), false, true, failure);
        }
    }

    /**
     * Reads the file row by row on its own thread, checks each value as a PUT would (but for what needs
     * the database: the institution's scope and approval locks, which {@link #store} checks), and,
     * while no row has been refused, prepares each value's COPY rows as if it were new.
     */
    final class Parser implements Runnable, Tables.RowSink {
        final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(2);
        final RowErrors errors = new RowErrors();
        /** Set by the request's thread once it refused a row: nothing is written then, so nothing more is prepared. */
        volatile boolean refused;
        int rows;

        private final byte[] body;
        private final String mediaType;
        private final Map<String, Indicator> catalogue;
        private final Map<String, UUID> byCreditCode;
        private final EntityWrites.Copy<Observation> copy;
        private final Map<Col, String> headers = new HashMap<>();
        private final Map<String, PeriodSpan> periodColumns = new LinkedHashMap<>();
        // each institution, period and indicator code as one object however many rows give it: a row's
        // key then costs no new objects, and is hashed from what was hashed before
        private final Map<String, UUID> institutionIds = new HashMap<>();
        private final Map<String, PeriodSpan> periods = new HashMap<>();
        private final Map<Key, Integer> firstRow = new HashMap<>(); // each value's key: the row that gave it
        private List<Cell> cells = new ArrayList<>(CHUNK);
        private EntityWrites.Batch batch = new EntityWrites.Batch(); // the rows of the chunk's new values
        private Set<UUID> seen = new java.util.HashSet<>();
        private Map<UUID, Set<Integer>> years = new HashMap<>(); // the chunk's values': their years, their pairs
        private Map<Pair, Starts> pairs = new HashMap<>();

        Parser(byte[] body, String mediaType, Map<String, Indicator> catalogue, Map<String, UUID> byCreditCode,
                EntityWrites.Copy<Observation> copy) {
            this.body = body;
            this.mediaType = mediaType;
            this.catalogue = catalogue;
            this.byCreditCode = byCreditCode;
            this.copy = copy;
        }

        @Override
        public void run() {
            Chunk end;
            try {
                Tables.stream(body, mediaType, MAX_ROWS, this);
                end = new Chunk(cells, batch, seen, years, pairs, errors.isEmpty(), true, null);
            } catch (Stopped e) {
                return;
            } catch (RuntimeException e) {
                end = Chunk.failed(e); // the header, the size, a broken file
            } catch (Error e) {
                end = Chunk.failed(new IllegalStateException("reading the file failed", e));
            }
            try {
                chunks.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the request gave up
            }
        }

        @Override
        public void columns(List<String> columns) {
            for (String c : columns) {
                for (Col col : Col.values()) {
                    if (col.names(c)) {
                        headers.put(col, c);
                    }
                }
                try {
                    periodColumns.put(c, PeriodSpan.of(Period.parse(c))); // the wide layout: a column a period
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
            if (Thread.currentThread().isInterrupted()) {
                throw new Stopped(); // the request gave up (a 403, a failure): no need to read on
            }
            rows++;
            List<Cell> read = new ArrayList<>();
            read(row, read);
            for (Cell c : read) {
                seen.add(c.institutionId());
                check(c);
            }
            if (cells.size() >= CHUNK) {
                try {
                    chunks.put(new Chunk(cells, batch, seen, years, pairs, errors.isEmpty(), false, null));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Stopped();
                }
                cells = new ArrayList<>(CHUNK);
                batch = new EntityWrites.Batch();
                seen = new java.util.HashSet<>();
                years = new HashMap<>();
                pairs = new HashMap<>();
            }
        }

        /** A value as a PUT checks it: the indicator, whether it is written by hand, the unit's rules, once in the file. */
        private void check(Cell c) {
            String column = c.column();
            Indicator indicator = catalogue.get(c.indicator());
            if (indicator == null) {
                errors.add(c.row(), headers.get(Col.INDICATOR), Text.of("indicator " + c.indicator() + " is not in the catalogue",
                        "指标 " + c.indicator() + " 不在指标目录中"));
                return;
            }
            boolean ok = errors.capture(c.row(), field -> "value".equals(field) ? column
                    : "basis".equals(field) ? headers.getOrDefault(Col.BASIS, "basis") : headers.get(Col.INDICATOR), () -> {
                        ObservationService.checkWritable(indicator, c.basis());
                        ValueRules.problem(indicator.unit, c.value()).ifPresent(p -> {
                            throw Problems.invalid("value", p);
                        });
                    });
            if (!ok) {
                return;
            }
            Integer first = firstRow.putIfAbsent(c.key(), c.row());
            if (first != null) {
                errors.add(c.row(), column, Text.of("gives " + c.indicator() + " " + c.period() + " again (row " + first
                        + " gave it)", "重复给出 " + c.indicator() + " " + c.period() + "（第 " + first + " 行已给出）"));
                return;
            }
            reach(c);
            if (!errors.isEmpty() || refused) {
                cells.add(c); // nothing will be written: only the checks go on, so that every refused row is listed
                return;
            }
            Observation o = ObservationService.newObservation(new ObservationService.Key(c.institutionId(), indicator.code,
                    c.period(), c.department()), indicator);
            ObservationService.apply(o, new ObservationRequests.Value(c.value(), c.note(), null, c.basis()), c.basis(),
                    indicator, true);
            cells.add(c.prepared(copy.prepare(batch, o)));
        }

        /** Adds a value's years and period to what the chunk reaches. */
        private void reach(Cell c) {
            Set<Integer> ys = years.computeIfAbsent(c.institutionId(), i -> new java.util.HashSet<>());
            for (int y = c.period().start().getYear(); y <= c.period().end().getYear(); y++) {
                ys.add(y);
            }
            java.time.LocalDate start = c.period().start();
            pairs.compute(c.pair(), (p, s) -> s == null ? new Starts(start, start) : s.with(start));
        }

        private void read(Table.Row row, List<Cell> read) {
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
                    institution = institutionIds.computeIfAbsent(id, UUID::fromString);
                } catch (IllegalArgumentException e) {
                    errors.add(n, headers.get(Col.INSTITUTION), Text.of("'" + id + "' is not an institution id (UUID)",
                            "“" + id + "”不是机构 id（UUID）"));
                }
            } else if (credit != null) {
                institution = byCreditCode.get(credit);
                if (institution == null) {
                    errors.add(n, headers.get(Col.CREDIT_CODE), Text.of("no institution known here has the credit code " + credit,
                            "本服务已知的机构中没有统一社会信用代码为 " + credit + " 的机构"));
                }
            } else {
                errors.add(n, headers.getOrDefault(Col.INSTITUTION, headers.get(Col.CREDIT_CODE)), EMPTY);
            }
            String indicator = row.get(headers.get(Col.INDICATOR));
            Indicator known = indicator == null ? null : catalogue.get(indicator);
            if (indicator == null) {
                errors.add(n, headers.get(Col.INDICATOR), EMPTY);
            } else if (known != null) {
                indicator = known.code; // the catalogue's own string, hashed once
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
                    period = periodText == null ? PeriodSpan.parse(null) : periods.computeIfAbsent(periodText, PeriodSpan::parse);
                } catch (IllegalArgumentException e) {
                    errors.add(n, headers.get(Col.PERIOD), InvalidValueException.reasonOf(e));
                }
                BigDecimal value = number(row.get(headers.get(Col.VALUE)), n, headers.get(Col.VALUE), errors);
                if (period != null && value != null) {
                    read.add(new Cell(n, headers.get(Col.VALUE), institution, indicator, period, department, value, note, basis,
                            -1));
                }
                return;
            }
            for (Map.Entry<String, PeriodSpan> p : periodColumns.entrySet()) {
                String text = row.get(p.getKey());
                if (text == null) {
                    continue; // not reported for that period: missing, not zero
                }
                BigDecimal value = number(text, n, p.getKey(), errors);
                if (value != null) {
                    read.add(new Cell(n, p.getKey(), institution, indicator, p.getValue(), department, value,
                            note, basis, -1));
                }
            }
        }

        /** The column an institution's errors name. */
        String institutionColumn() {
            return headers.getOrDefault(Col.INSTITUTION, headers.get(Col.CREDIT_CODE));
        }
    }

    /** The parser was interrupted: the request gave up. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
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

    /**
     * Takes the parser's chunks as they come and, while no row has been refused, writes each: new
     * values and their events with COPY (rows the parser prepared), changed ones through Hibernate, then
     * flushed and let go of (200,000 managed rows and their events do not fit a service's heap). It is
     * one transaction: a refused row anywhere stores nothing, and every refused row is listed.
     */
    private Result store(Parser parser, Future<?> parsing, Map<String, Indicator> catalogue) {
        RowErrors errors = new RowErrors(); // what needs the database: unknown institutions, locked years
        Map<UUID, InstitutionReference> known = new HashMap<>(); // null: not known here
        Map<UUID, Set<Integer>> held = new HashMap<>();
        Map<UUID, Map<Integer, String>> locked = new HashMap<>();
        Lookups lookups = new Lookups();
        jakarta.persistence.EntityManager em = Observation.getEntityManager();
        int values = 0;
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (Chunk chunk = take(parser, parsing); ; chunk = take(parser, parsing)) {
            if (chunk.failure() != null) {
                throw chunk.failure();
            }
            // institutions first seen here: known, and each the caller's to write (a refusal refuses the file)
            Set<UUID> unseen = new java.util.HashSet<>(chunk.institutions());
            unseen.removeAll(known.keySet());
            if (!unseen.isEmpty()) {
                Map<UUID, InstitutionReference> found = institutions.findAll(unseen);
                for (UUID id : unseen) {
                    InstitutionReference i = found.get(id);
                    known.put(id, i);
                    if (i != null) {
                        scope.requireWrite(i.id, i.divisionCode);
                    }
                }
            }
            values += chunk.cells().size();
            List<Cell> cells = chunk.cells();
            Map<UUID, Set<Integer>> years = chunk.years();
            Map<Pair, Starts> pairs = chunk.pairs();
            if (!chunk.institutions().stream().allMatch(i -> known.get(i) != null)) {
                // the values of institutions not known here are refused, and reach neither locks nor lookups
                years = new HashMap<>(years);
                years.keySet().removeIf(i -> known.get(i) == null);
                pairs = new HashMap<>(pairs);
                pairs.keySet().removeIf(p -> known.get(p.institutionId()) == null);
                cells = new ArrayList<>(chunk.cells().size());
                for (Cell c : chunk.cells()) {
                    if (known.get(c.institutionId()) == null) {
                        errors.add(c.row(), parser.institutionColumn(), Text.of("institution " + c.institutionId()
                                + " is not known here (yet): programme-service has not announced it",
                                "本服务尚未收到机构 " + c.institutionId() + "：programme-service 尚未发布该机构"));
                    } else {
                        cells.add(c);
                    }
                }
            }
            if (chunk.clean()) { // after a refused row it still checks approval locks, and writes nothing
                int[] counts = write(cells, chunk.batch(), years, pairs, parser.copy, catalogue, lookups, held, locked,
                        errors);
                created += counts[0];
                changed += counts[1];
                unchanged += counts[2];
            }
            if (!errors.isEmpty()) {
                parser.refused = true;
            }
            em.clear();
            if (chunk.last()) {
                break;
            }
        }
        errors.addAll(parser.errors); // the parser has finished: its errors are all there
        errors.throwIfAny();
        return new Result(parser.rows, values, created, changed, unchanged);
    }

    /** The parser's next chunk; a parser that stopped without its last one (interrupted at shutdown) fails the import. */
    private static Chunk take(Parser parser, Future<?> parsing) {
        try {
            while (true) {
                Chunk chunk = parser.chunks.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (chunk == null && parsing.isDone()) { // it may have handed its last one over meanwhile
                    chunk = parser.chunks.poll();
                    if (chunk == null) {
                        throw new IllegalStateException("the import's parser stopped before the end of the file");
                    }
                }
                if (chunk != null) {
                    return chunk;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    /**
     * One chunk's values (of {@code years} and {@code pairs}): approval locks, the stored values they
     * address, then new, changed and the same. The usual chunk (no year locked, nothing stored within
     * its months) is written without a look at each value: the database then waits for no one.
     */
    private int[] write(List<Cell> cells, EntityWrites.Batch batch, Map<UUID, Set<Integer>> years,
            Map<Pair, Starts> pairs, EntityWrites.Copy<Observation> copy, Map<String, Indicator> catalogue, Lookups lookups,
            Map<UUID, Set<Integer>> held, Map<UUID, Map<Integer, String>> locked, RowErrors errors) {
        // years locked by data approval: held against a concurrent submission, then a row changing one is refused
        Map<UUID, Set<Integer>> more = new HashMap<>(); // the years not held yet
        years.forEach((institution, ys) -> {
            Set<Integer> holding = held.getOrDefault(institution, Set.of());
            for (int y : ys) {
                if (!holding.contains(y)) {
                    more.computeIfAbsent(institution, i -> new java.util.TreeSet<>()).add(y);
                }
            }
        });
        if (!more.isEmpty()) {
            locks.holdShared(more);
            more.forEach((institution, ys) -> held.computeIfAbsent(institution, i -> new java.util.HashSet<>()).addAll(ys));
            locked.putAll(locks.lockedYears(more.keySet())); // read again: held now, they stay as read
        }
        boolean anyLocked = years.entrySet().stream().anyMatch(e -> e.getValue().stream()
                .anyMatch(locked.getOrDefault(e.getKey(), Map.of())::containsKey));
        Map<Key, Observation> existing = lookups.stored(cells, pairs);
        if (!anyLocked && existing.isEmpty()) {
            if (!errors.isEmpty()) {
                return new int[] {0, 0, 0};
            }
            if (batch.size() != cells.size()) { // with no error, every value of a chunk has its rows
                throw new IllegalStateException("a chunk of " + cells.size() + " values has " + batch.size() + " rows");
            }
            copy.write(batch, null); // each value new, its rows the batch's in its order: sent as they lie
            return new int[] {cells.size(), 0, 0};
        }
        List<Cell> fresh = new ArrayList<>();
        List<Observation> touched = new ArrayList<>();
        List<Cell> touchedCells = new ArrayList<>();
        int unchanged = 0;
        for (Cell c : cells) {
            Observation o = existing.isEmpty() ? null : existing.get(c.key()); // no key built when nothing is stored
            Map<Integer, String> lockedYears = locked.get(c.institutionId());
            String lock = null;
            for (int y = c.period().start().getYear(); lock == null && y <= c.period().end().getYear(); y++) {
                lock = lockedYears.get(y);
            }
            if (lock != null) {
                if (o == null || o.voided || !ObservationService.same(o, c.value(), c.basis(), c.note())) {
                    errors.add(c.row(), c.column(), ObservationService.lockedReason(c.period(), lock));
                } else {
                    unchanged++; // the same again in a locked year: nothing written
                }
            } else if (o == null) {
                fresh.add(c);
            } else {
                touched.add(o);
                touchedCells.add(c);
            }
        }
        if (!errors.isEmpty()) {
            return new int[] {0, 0, 0};
        }
        copy.write(batch, fresh.stream().mapToInt(Cell::rows).toArray());
        int n = writes.updateAll(touched, ObservationEvent.RECORDED, ObservationService.AGGREGATE, (i, o) -> {
            Cell c = touchedCells.get(i);
            ObservationService.apply(o, new ObservationRequests.Value(c.value(), c.note(), o.dataSource, c.basis()),
                    c.basis(), catalogue.get(c.indicator()), false);
        });
        Observation.getEntityManager().flush();
        return new int[] {fresh.size(), n, unchanged + touched.size() - n};
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

    /**
     * The stored observations an import's values address. What is stored for an institution and
     * indicator is read once, when the file first names them: the first and last period stored (any
     * department). A value outside that range is new without a lookup (a hospital's new months, the
     * usual import, are all past its last one); one within it is looked up. The import's own rows need
     * not be: the parser refuses a file that gives a value twice. A value another request records for
     * that institution and indicator later in the import, outside the range read, is not seen: the
     * import's COPY then meets it in the unique key and the file is refused with a 409 asking to send
     * it again (it was so before too, within one chunk's time; now within the import's).
     */
    static final class Lookups {
        /** Pairs read so far; null: nothing was stored. */
        private final Map<Pair, Starts> extents = new HashMap<>();

        /** The stored observations the cells (of {@code pairs}) address, by {@link Cell#key()}. */
        Map<Key, Observation> stored(List<Cell> cells, Map<Pair, Starts> pairs) {
            List<Pair> unread = pairs.keySet().stream().filter(p -> !extents.containsKey(p)).toList();
            Map<Key, Observation> existing = new HashMap<>();
            List<Cell> within = unread.isEmpty() ? within(cells, pairs) : null;
            if (unread.isEmpty() && within.isEmpty()) {
                return existing; // no statement at all
            }
            // planned for the table as it now is: a plan cached while it was still empty would scan it
            // whole for every value once it has grown (the import's own rows count). Only for these
            // queries: set for the whole transaction, it had the foreign key's check planned afresh for
            // every row the COPY wrote, a third of the database's work in the import
            jakarta.persistence.EntityManager em = Observation.getEntityManager();
            em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
            if (!unread.isEmpty()) {
                read(unread);
                within = within(cells, pairs);
            }
            if (!within.isEmpty()) {
                lookUp(within, existing);
            }
            // not in a finally: after a failed query the transaction is aborted, this would fail too and
            // hide why, and the rollback undoes the setting anyway
            em.createNativeQuery("SET LOCAL plan_cache_mode = DEFAULT").executeUpdate();
            return existing;
        }

        /**
         * The cells whose period lies within what is stored for their pair; a value is looked at only if
         * its chunk's months of that pair overlap the stored ones (usually none is).
         */
        private List<Cell> within(List<Cell> cells, Map<Pair, Starts> pairs) {
            Set<Pair> overlapping = new java.util.HashSet<>();
            pairs.forEach((p, starts) -> {
                Starts stored = extents.get(p);
                if (stored != null && stored.overlaps(starts)) {
                    overlapping.add(p);
                }
            });
            List<Cell> within = new ArrayList<>();
            if (!overlapping.isEmpty()) {
                for (Cell c : cells) {
                    Pair p = c.pair();
                    if (overlapping.contains(p) && extents.get(p).contains(c.period().start())) {
                        within.add(c);
                    }
                }
            }
            return within;
        }

        /** The first and last period stored for each pair: two probes of the series index a pair. */
        @SuppressWarnings("unchecked")
        private void read(List<Pair> pairs) {
            StringBuilder ids = new StringBuilder();
            StringBuilder codes = new StringBuilder();
            for (Pair p : pairs) {
                String sep = ids.isEmpty() ? "" : ",";
                ids.append(sep).append(p.institutionId());
                codes.append(sep).append(p.indicator()); // codes hold no comma
                extents.put(p, null);
            }
            List<Object[]> found = Observation.getEntityManager().createNativeQuery("SELECT k.i, k.c, e.first, e.last "
                    + "FROM unnest(cast(string_to_array(:ids, ',') AS uuid[]), string_to_array(:codes, ',')) AS k(i, c) "
                    + "CROSS JOIN LATERAL (SELECT min(o.period_start) AS first, max(o.period_start) AS last "
                    + "FROM observation o WHERE o.institution_id = k.i AND o.indicator_code = k.c) e "
                    + "WHERE e.first IS NOT NULL").setParameter("ids", ids.toString())
                    .setParameter("codes", codes.toString()).getResultList();
            for (Object[] r : found) {
                extents.put(new Pair((UUID) r[0], (String) r[1]), new Starts(date(r[2]), date(r[3])));
            }
        }

        private static java.time.LocalDate date(Object o) {
            return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
        }

        /** One probe of the series index per distinct value (the departments of a value share one). */
        @SuppressWarnings("unchecked")
        private static void lookUp(List<Cell> cells, Map<Key, Observation> existing) {
            StringBuilder ids = new StringBuilder();
            StringBuilder codes = new StringBuilder();
            StringBuilder periods = new StringBuilder();
            StringBuilder starts = new StringBuilder();
            record Probe(UUID institutionId, String indicator, PeriodSpan period) {
            }
            Set<Probe> probes = new java.util.LinkedHashSet<>();
            cells.forEach(c -> probes.add(new Probe(c.institutionId(), c.indicator(), c.period())));
            for (Probe p : probes) {
                String sep = ids.isEmpty() ? "" : ",";
                ids.append(sep).append(p.institutionId());
                codes.append(sep).append(p.indicator()); // codes and periods hold no comma
                periods.append(sep).append(p.period());
                starts.append(sep).append(p.period().start());
            }
            // a probe per value, whatever the statistics say: within an import's transaction they still
            // describe the table as it was, and a join planned on them would read the whole table once a
            // chunk (the LIMIT keeps the subquery from being flattened into one)
            List<Observation> found = Observation.getEntityManager().createNativeQuery("SELECT o.* FROM unnest("
                    + "cast(string_to_array(:ids, ',') AS uuid[]), string_to_array(:codes, ','), "
                    + "cast(string_to_array(:starts, ',') AS date[]), string_to_array(:periods, ',')) AS k(i, c, s, p) "
                    + "CROSS JOIN LATERAL (SELECT * FROM observation o WHERE o.institution_id = k.i "
                    + "AND o.indicator_code = k.c AND o.period_start = k.s AND o.period = k.p LIMIT 1000) o",
                    Observation.class)
                    .setParameter("ids", ids.toString()).setParameter("codes", codes.toString())
                    .setParameter("starts", starts.toString()).setParameter("periods", periods.toString())
                    .getResultList();
            for (Observation o : found) {
                existing.put(new Key(o.institutionId, o.indicatorCode, o.period, o.department), o);
            }
        }
    }
}
