package org.shanhai.common.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void csvIsWrittenForExcelAndReadBack() {
        byte[] csv = Tables.csv(new Sheet("s", List.of("名称", "数量"),
                List.of(Arrays.asList("教学查房, \"示范\"", new BigDecimal("1.50")), Arrays.asList("讲座", null))));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("名称,数量\r\n\"教学查房, \"\"示范\"\"\",1.50\r\n讲座,\r\n",
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        Table t = Tables.read(csv, "text/csv; charset=UTF-8", 10);
        assertEquals(List.of("名称", "数量"), t.columns());
        assertEquals(2, t.rows().get(0).number());
        assertEquals("教学查房, \"示范\"", t.rows().get(0).get("名称"));
        assertEquals(null, t.rows().get(1).get("数量"));
    }

    @Test
    void csvSavedByExcelOnChineseWindowsIsGb18030() {
        byte[] gbk = "活动类型,日期\n教学查房,2024-03-12\n".getBytes(Charset.forName("GB18030"));
        Table t = Tables.read(gbk, "text/csv", 10);
        assertEquals("教学查房", t.rows().get(0).get("活动类型"));
    }

    @Test
    void aLongFileIsReadWholeInEitherEncodingAndOneInNeitherIsRefused() {
        StringBuilder text = new StringBuilder("活动类型,学时\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("教学查房第").append(i).append("次,").append(i % 7).append('\n'); // beyond a decoder's buffer
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            Table t = Tables.read(text.toString().getBytes(charset), Tables.CSV, 10_000);
            assertEquals(5_000, t.rows().size(), charset.name());
            assertEquals("教学查房第4999次", t.rows().get(4_999).get("活动类型"), charset.name());
        }
        byte[] neither = {'a', ',', 'b', '\n', (byte) 0xff, (byte) 0x80, '\n'};
        assertEquals(400, assertThrows(HttpProblem.class, () -> Tables.read(neither, Tables.CSV, 10)).getStatusCode());
    }

    @Test
    void xlsxCellsComeBackAsTextWithDatesAsIsoDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("log");
        ws.value(0, 0, "日期");
        ws.value(0, 1, "学时");
        ws.value(0, 2, "主题");
        ws.value(1, 0, LocalDate.of(2024, 3, 12));
        ws.style(1, 0).format("yyyy-mm-dd").set();
        ws.value(1, 1, 1.5);
        ws.value(1, 2, "急性胸痛");
        ws.value(3, 0, "2024-03-13"); // a date typed as text; row 3 left empty
        ws.value(3, 1, 2);
        wb.finish();
        Table t = Tables.read(out.toByteArray(), Tables.XLSX, 10);
        assertEquals(2, t.rows().size());
        assertEquals(Map.of("日期", "2024-03-12", "学时", "1.5", "主题", "急性胸痛"), t.rows().get(0).cells());
        assertEquals(4, t.rows().get(1).number());
        assertEquals("2024-03-13", t.rows().get(1).get("日期"));
        assertEquals("2", t.rows().get(1).get("学时"));
    }

    @Test
    void exportedWorkbooksAndTemplatesReadBack() {
        byte[] x = Tables.xlsx(List.of(new Sheet("汇总", List.of("项目", "数量", "日期"),
                List.of(Arrays.asList("教学查房", 1500L, LocalDate.of(2025, 5, 31))))));
        Table t = Tables.read(x, Tables.XLSX, 10);
        assertEquals(Map.of("项目", "教学查房", "数量", "1500", "日期", "2025-05-31"), t.rows().get(0).cells());
        byte[] template = Tables.template("培训活动", List.of(Column.choice("活动类型", true, "类型", List.of("A", "B")),
                Column.of("日期", true, "日期", "2024-03-12")), 100, "说明");
        Table filled = Tables.read(template, Tables.XLSX, 10);
        assertEquals(List.of("活动类型", "日期"), filled.columns());
        assertEquals(List.of(), filled.rows(), "no example row to be imported by mistake");
    }

    @Test
    void unreadableUploadsAreProblemsNotErrors() {
        assertEquals(415, assertThrows(HttpProblem.class, () -> Tables.read("a".getBytes(), "application/pdf", 1))
                .getStatusCode());
        assertEquals(400, assertThrows(HttpProblem.class, () -> Tables.read("a,b".getBytes(), Tables.XLSX, 1))
                .getStatusCode());
        assertEquals(400, assertThrows(HttpProblem.class, () -> Tables.read(new byte[0], Tables.CSV, 1)).getStatusCode());
        assertEquals(400, assertThrows(HttpProblem.class, () -> Tables.read("a,a\n1,2\n".getBytes(), Tables.CSV, 1))
                .getStatusCode());
        assertEquals(400, assertThrows(HttpProblem.class, () -> Tables.read("a\n1\n2\n".getBytes(), Tables.CSV, 1))
                .getStatusCode(), "more rows than allowed");
        assertEquals(400, assertThrows(HttpProblem.class, () -> Tables.read("a\n1,2\n".getBytes(), Tables.CSV, 5))
                .getStatusCode(), "a value without a header");
    }
}
