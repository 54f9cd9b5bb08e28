package org.shanhai.common.tabular;

import org.shanhai.common.problem.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.shanhai.common.problem.Problems;

/**
 * The one way the services read uploaded spreadsheets and write exports: CSV (UTF-8 with a byte-order
 * mark, so Excel shows Chinese; on reading, GB18030 too, which Excel on Chinese Windows saves by
 * default) and XLSX (fastexcel, streaming). Cells come back as text; a date cell of a spreadsheet as
 * an ISO date, a number as its plain decimal. What cannot be read is a 400/415 problem, never a 500.
 */
public final class Tables {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Tables() {
    }

    /** What a streaming read hands over: the columns once, then each data row. */
    public interface RowSink {
        void columns(List<String> columns);

        void row(Table.Row row);
    }

    /**
     * Reads an upload row by row without keeping the rows (large imports): {@code sink} gets the
     * columns, then each row; at most {@code maxRows} data rows.
     */
    public static void stream(byte[] body, String mediaType, int maxRows, RowSink sink) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        checkBody(body, type);
        if (type.startsWith(XLSX)) {
            xlsxRows(body, maxRows, sink);
        } else {
            csvRows(text(body), maxRows, sink);
        }
    }

    /** Reads an upload of {@code mediaType} (CSV or XLSX); at most {@code maxRows} data rows. */
    public static Table read(byte[] body, String mediaType, int maxRows) {
        List<List<String>> columns = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        stream(body, mediaType, maxRows, new RowSink() {
            @Override
            public void columns(List<String> c) {
                columns.add(c);
            }

            @Override
            public void row(Table.Row row) {
                rows.add(row);
            }
        });
        return new Table(columns.get(0), rows);
    }

    private static void checkBody(byte[] body, String type) {
        if (body == null || body.length == 0) {
            throw Problems.invalid("file", Text.of("is empty", "为空"));
        }
        if (type.startsWith(XLSX)) {
            if (body.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(body)) {
                throw Problems.invalid("file", body.length >= 8 && ReadableWorkbook.isOLE2Header(body)
                        ? Text.of("is an old .xls workbook: save it as .xlsx (Excel 2007 or later)",
                                "是旧的 .xls 工作簿：请另存为 .xlsx（Excel 2007 或更新版本）")
                        : Text.of("is not an XLSX workbook", "不是 XLSX 工作簿"));
            }
            return;
        }
        if (!type.startsWith(CSV) && !type.startsWith("application/csv")) {
            throw Problems.unsupportedMedia(Text.of("send the file as " + CSV + " or " + XLSX,
                    "请以 " + CSV + " 或 " + XLSX + " 发送文件"));
        }
    }

    /**
     * The upload as text, decoded as it is parsed (a 200,000-row file decoded whole was twice its size
     * again, before its first row could be read): UTF-8, with or without BOM, or else GB18030, as Excel
     * on a Chinese Windows saves CSV. Which one is found first by decoding it without keeping the text.
     */
    static Reader text(byte[] body) {
        int skip = body.length >= 3 && body[0] == BOM[0] && body[1] == BOM[1] && body[2] == BOM[2] ? 3 : 0;
        if (decodes(StandardCharsets.UTF_8, body, skip)) {
            return new InputStreamReader(new ByteArrayInputStream(body, skip, body.length - skip), StandardCharsets.UTF_8);
        }
        Charset gb18030 = Charset.forName("GB18030");
        if (decodes(gb18030, body, 0)) {
            return new InputStreamReader(new ByteArrayInputStream(body), gb18030);
        }
        throw Problems.invalid("file", Text.of("is neither UTF-8 nor GB18030 text", "既不是 UTF-8 也不是 GB18030 文本"));
    }

    /** Whether the bytes from {@code skip} on are valid in {@code charset}: decoded a slice at a time, nothing kept. */
    private static boolean decodes(Charset charset, byte[] body, int skip) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, skip, body.length - skip);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
        }
    }

    static void csvRows(Reader text, int maxRows, RowSink sink) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = text; CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = null;
            int count = 0;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (columns == null) {
                    columns = header(values);
                    sink.columns(columns.stream().filter(c -> !c.isEmpty()).toList());
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (++count > maxRows) {
                    throw Problems.invalid("file", Text.of("has more than " + maxRows + " rows; split it",
                            "超过 " + maxRows + " 行；请拆分"));
                }
                // the record number, not the line: a quoted cell may span lines
                sink.row(row((int) record.getRecordNumber(), columns, values));
            }
            if (columns == null) {
                throw Problems.invalid("file", Text.of("has no header row", "没有表头行"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw Problems.invalid("file", Text.of("is not readable CSV: " + e.getMessage(), "无法读取的 CSV：" + e.getMessage()));
        }
    }

    static void xlsxRows(byte[] body, int maxRows, RowSink sink) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body), new ReadingOptions(true, false));
                Stream<Row> stream = wb.getFirstSheet().openStream()) {
            List<String> columns = null;
            int count = 0;
            for (Row r : (Iterable<Row>) stream::iterator) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    values.add(cellText(r.getCell(i)));
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    columns = header(values);
                    sink.columns(columns.stream().filter(c -> !c.isEmpty()).toList());
                    continue;
                }
                if (++count > maxRows) {
                    throw Problems.invalid("file", Text.of("has more than " + maxRows + " rows; split it",
                            "超过 " + maxRows + " 行；请拆分"));
                }
                sink.row(row(r.getRowNum(), columns, values));
            }
            if (columns == null) {
                throw Problems.invalid("file", Text.of("has no header row", "没有表头行"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw Problems.invalid("file", Text.of("is not a readable XLSX workbook: " + e.getMessage(),
                    "无法读取的 XLSX 工作簿：" + e.getMessage()));
        }
    }

    private static String cellText(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return "";
        }
        if (c.getType() == CellType.NUMBER) {
            BigDecimal n = c.asNumber();
            if (isDateFormat(c.getDataFormatString())) {
                LocalDateTime t = c.asDate();
                return t.toLocalDate().toString();
            }
            return n.stripTrailingZeros().toPlainString();
        }
        if (c.getType() == CellType.ERROR) {
            return "#ERROR " + c.getRawValue();
        }
        String text = c.getText();
        return text == null ? "" : text;
    }

    /** A number format that shows a date (y, m, d outside quotes and brackets), as Excel's built-in 14 does. */
    static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("0"));
    }

    private static List<String> header(List<String> values) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            String name = v.strip();
            if (!name.isEmpty() && !seen.add(name)) {
                throw Problems.invalid("file", Text.of("the header names column " + name + " twice",
                        "表头中列“" + name + "”出现了两次"));
            }
            columns.add(name);
        }
        return columns;
    }

    private static Table.Row row(int number, List<String> columns, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (i >= columns.size() || columns.get(i).isEmpty()) {
                if (!values.get(i).isBlank()) {
                    throw Problems.invalid(List.of(org.shanhai.common.problem.FieldError.row(number, "column " + (i + 1),
                            Text.of("has a value but no header", "有值但没有表头"))));
                }
                continue;
            }
            cells.put(columns.get(i), values.get(i));
        }
        for (String c : columns) {
            if (!c.isEmpty()) {
                cells.putIfAbsent(c, ""); // a row ending early (a spreadsheet omits empty cells) has them empty
            }
        }
        return new Table.Row(number, cells);
    }

    /** CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF line ends. */
    public static byte[] csv(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            for (String line : sheet.title()) {
                printer.printRecord(line);
            }
            if (!sheet.title().isEmpty()) {
                printer.println();
            }
            printer.printRecord(sheet.header());
            for (List<Object> row : sheet.rows()) {
                printer.printRecord(row.stream().map(Tables::plain).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    /** One workbook, a tab per sheet: numbers as numbers, dates as dates, the header bold and frozen. */
    public static byte[] xlsx(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Shanhai", "1.0");
            for (Sheet s : sheets) {
                Worksheet ws = wb.newWorksheet(s.name());
                // a title block (report, programme, period) above the table, the first line larger, as printed
                for (int t = 0; t < s.title().size(); t++) {
                    ws.value(t, 0, s.title().get(t));
                    ws.style(t, 0).bold().fontSize(t == 0 ? 14 : 11).set();
                }
                int top = s.title().isEmpty() ? 0 : s.title().size() + 1;
                writeHeader(ws, top, s.header());
                ws.freezePane(0, top + 1);
                for (int r = 0; r < s.rows().size(); r++) {
                    List<Object> row = s.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        put(ws, top + r + 1, c, row.get(c));
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An import template: sheet 1 holds the header, with every enumerated column a drop-down list over
     * the first {@code rows} rows; sheet 2 explains each column in Chinese, with an example.
     */
    public static byte[] template(String dataSheet, List<Column> columns, int rows, String explanation) {
        return template(dataSheet, columns, List.of(), rows, explanation, List.of());
    }

    /**
     * As above, with rows filled in already (what the server knows: the caller's institution, the
     * indicators to report) and further reference sheets (a catalogue) after the explanation.
     */
    public static byte[] template(String dataSheet, List<Column> columns, List<List<Object>> prefilled, int rows,
            String explanation, List<Sheet> references) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Shanhai", "1.0");
            Worksheet data = wb.newWorksheet(dataSheet);
            Worksheet help = wb.newWorksheet("填写说明");
            for (Sheet ref : references) {
                Worksheet ws = wb.newWorksheet(ref.name());
                writeHeader(ws, ref.header());
                for (int r = 0; r < ref.rows().size(); r++) {
                    for (int c = 0; c < ref.rows().get(r).size(); c++) {
                        put(ws, r + 1, c, ref.rows().get(r).get(c));
                    }
                }
            }
            Worksheet lists = wb.newWorksheet("取值");
            writeHeader(data, columns.stream().map(Column::name).toList());
            for (int r = 0; r < prefilled.size(); r++) {
                for (int c = 0; c < prefilled.get(r).size(); c++) {
                    put(data, r + 1, c, prefilled.get(r).get(c));
                }
            }
            int listColumn = 0;
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                // no example row here: a row left in would be imported (the examples are on the explanation sheet)
                data.width(c, Math.max(12, col.name().length() + 4));
                if (!col.allowed().isEmpty()) {
                    lists.value(0, listColumn, col.name());
                    for (int i = 0; i < col.allowed().size(); i++) {
                        lists.value(i + 1, listColumn, col.allowed().get(i));
                    }
                    data.range(1, c, Math.max(rows, prefilled.size()), c)
                            .validateWithList(lists.range(1, listColumn, col.allowed().size(), listColumn))
                            .allowBlank(!col.required()).showErrorMessage(true).errorTitle(col.name())
                            .error("请从下拉列表中选择 choose a value from the list");
                    listColumn++;
                }
            }
            help.value(0, 0, explanation);
            writeHeader(help, 1, List.of("列 column", "必填 required", "说明 description", "示例 example", "可选值 allowed values"));
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                help.value(c + 2, 0, col.name());
                help.value(c + 2, 1, col.required() ? "是 yes" : "否 no");
                help.value(c + 2, 2, col.description());
                help.value(c + 2, 3, col.example());
                help.value(c + 2, 4, String.join(", ", col.allowed()));
            }
            help.width(0, 18);
            help.width(2, 80);
            help.width(4, 60);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeHeader(Worksheet ws, List<String> header) {
        writeHeader(ws, 0, header);
        ws.freezePane(0, 1);
    }

    private static void writeHeader(Worksheet ws, int row, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            ws.value(row, c, header.get(c));
            ws.style(row, c).bold().set();
        }
    }

    private static void put(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof TemporalAccessor t) {
            ws.value(r, c, t.toString());
        } else {
            ws.value(r, c, v.toString());
        }
    }

    private static Object plain(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v;
    }
}
