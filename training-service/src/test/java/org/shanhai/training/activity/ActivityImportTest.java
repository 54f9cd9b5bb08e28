package org.shanhai.training.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.shanhai.common.tabular.Table;
import org.shanhai.common.tabular.Tables;
import org.shanhai.common.testing.Tokens;
import org.shanhai.training.support.TrainingFixture;

@QuarkusTest
class ActivityImportTest {

    static final String PATH = "/api/v1/training-activities";
    static final List<String> HEADER = List.of("活动类型", "日期", "科室", "带教专家", "主题", "参加人次", "学时");

    /** 1,000 distinct rows of a hospital's log; the expert is named as the log names him. */
    static List<List<String>> rows() {
        return rows(1000);
    }

    static List<List<String>> rows(int n) {
        List<List<String>> rows = new ArrayList<>();
        String[] types = {"TEACHING_ROUND", "手术示教", "LECTURE", "CASE_DISCUSSION", "OUTREACH_CLINIC"};
        for (int i = 0; i < n; i++) {
            rows.add(List.of(types[i % types.length], LocalDate.of(2023, 1, 1).plusDays(i % 600).toString(),
                    i % 2 == 0 ? "03.01" : "内科", "张三", "第" + i + "次带教", Integer.toString(5 + i % 40),
                    i % 3 == 0 ? "1.5" : "2"));
        }
        return rows;
    }

    static byte[] csv(List<List<String>> rows) {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        rows.forEach(r -> b.append(String.join(",", r)).append("\r\n"));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows as a spreadsheet would hold them: dates as date cells, figures as numbers. */
    static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("培训活动");
        for (int c = 0; c < HEADER.size(); c++) {
            ws.value(0, c, HEADER.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            ws.value(r + 1, 0, row.get(0));
            ws.value(r + 1, 1, LocalDate.parse(row.get(1)));
            ws.style(r + 1, 1).format("yyyy/m/d").set();
            ws.value(r + 1, 2, row.get(2));
            ws.value(r + 1, 3, row.get(3));
            ws.value(r + 1, 4, row.get(4));
            ws.value(r + 1, 5, Integer.parseInt(row.get(5)));
            ws.value(r + 1, 6, Double.parseDouble(row.get(6)));
        }
        wb.finish();
        return out.toByteArray();
    }

    static io.restassured.response.Response upload(String token, TrainingFixture f, byte[] body, String type) {
        return given().auth().oauth2(token).contentType(type).accept("application/json").body(body)
                .post(PATH + "/import?programmeId=" + f.programme + "&institutionId=" + f.county);
    }

    static int stored(TrainingFixture f) {
        return given().auth().oauth2(Tokens.role("VIEWER")).get(PATH + "?programmeId=" + f.programme).then()
                .statusCode(200).extract().path("totalItems");
    }

    @Test
    void allRowsOrNoneAndTheSameFileTwiceStoresNothingNew() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        List<List<String>> rows = rows();
        List<List<String>> bad = new ArrayList<>(rows);
        List<String> row500 = new ArrayList<>(rows.get(499));
        row500.set(6, "两小时"); // hours: not a number; it is data row 500, spreadsheet row 501
        bad.set(499, row500);
        upload(f.reporter(), f, csv(bad), "text/csv").then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", equalTo(1)).body("errors[0].row", equalTo(501))
                .body("errors[0].field", equalTo("学时"));
        assertEquals(0, stored(f));

        upload(f.reporter(), f, csv(rows), "text/csv").then().statusCode(200)
                .body("rows", equalTo(1000)).body("created", equalTo(1000)).body("alreadyPresent", equalTo(0));
        assertEquals(1000, stored(f));
        upload(f.reporter(), f, csv(rows), "text/csv").then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyPresent", equalTo(1000));
        // the same rows from a spreadsheet are recognised as the same rows
        upload(f.reporter(), f, xlsx(rows), Tables.XLSX).then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyPresent", equalTo(1000));
        assertEquals(1000, stored(f));
    }

    @Test
    void tenThousandRowsInOneFile() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        byte[] file = csv(rows(10_000));
        upload(f.reporter(), f, file, "text/csv").then().statusCode(200).body("created", equalTo(10_000));
        assertEquals(10_000, stored(f));
        upload(f.reporter(), f, file, "text/csv").then().statusCode(200).body("created", equalTo(0))
                .body("alreadyPresent", equalTo(10_000));
    }

    @Test
    void externalIdsAreEachHospitalsOwn() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        String log = "外部编号,活动类型,日期,科室,带教专家,主题,参加人次,学时\nJX-0001,教学查房,2023-07-01,03.01,张三,胸痛,20,1\n";
        upload(Tokens.nationalAdmin(), f, log.getBytes(StandardCharsets.UTF_8), "text/csv").then().statusCode(200)
                .body("created", equalTo(1));
        // the other recipient numbers its log the same way: its row is its own, not "already present"
        given().auth().oauth2(Tokens.nationalAdmin()).contentType("text/csv").body(log.getBytes(StandardCharsets.UTF_8))
                .post(PATH + "/import?programmeId=" + f.programme + "&institutionId=" + f.township).then().statusCode(200)
                .body("created", equalTo(1));
        assertEquals(2, stored(f));
    }

    @Test
    void aSpreadsheetStoresWhatTheSameCsvStores() throws Exception {
        List<List<String>> rows = rows().subList(0, 50);
        TrainingFixture a = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        TrainingFixture b = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        upload(Tokens.nationalAdmin(), a, csv(rows), "text/csv").then().statusCode(200).body("created", equalTo(50));
        upload(Tokens.nationalAdmin(), b, xlsx(rows), Tables.XLSX).then().statusCode(200).body("created", equalTo(50));
        assertEquals(content(a), content(b));
    }

    static List<String> content(TrainingFixture f) {
        List<java.util.Map<String, Object>> items = given().auth().oauth2(Tokens.role("VIEWER"))
                .get(PATH + "?programmeId=" + f.programme + "&size=100&sort=date,id").then().extract().path("items");
        return items.stream().map(i -> i.get("type") + "|" + i.get("date") + "|" + i.get("department") + "|"
                + i.get("topic") + "|" + i.get("attendeeCount") + "|" + i.get("hours") + "|" + i.get("leadExpertId").equals(
                f.expert.toString()))
                .sorted().toList();
    }

    @Test
    void everyBadRowIsNamedAndExternalIdsRecogniseRows() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2022-06-01", "2022-12-31");
        String file = "外部编号,活动类型,日期,科室,带教专家,主题,参加人次,学时\n"
                + "A1,教学查房,2022-07-01,03.01,张三,胸痛,20,1\n"
                + "A2,PICNIC,2022-07-02,03.01,张三,胸痛,20,1\n" // row 3: type
                + "A3,LECTURE,2023-01-01,03.01,张三,胸痛,20,1\n" // row 4: the expert's assignment has ended
                + "A4,LECTURE,2022-07-03,03.01,李四,胸痛,20,1\n" // row 5: no such expert
                + "A5,LECTURE,2022-07-03,03.01,张三,胸痛,0,1\n" // row 6: attendees
                + "A1,LECTURE,2022-07-04,03.01,张三,胸痛,20,1\n"; // row 7: the external id of row 2 again
        upload(f.reporter(), f, file.getBytes(StandardCharsets.UTF_8), "text/csv").then().statusCode(400)
                .body("errors.row", equalTo(List.of(3, 4, 5, 6, 7)))
                .body("errors.field", equalTo(List.of("活动类型", "带教专家", "带教专家", "参加人次", "外部编号")));
        assertEquals(0, stored(f));
        String good = "外部编号,活动类型,日期,科室,带教专家,主题,参加人次,学时\nA1,教学查房,2022-07-01,03.01,张三,胸痛,20,1\n";
        upload(f.reporter(), f, good.getBytes(StandardCharsets.UTF_8), "text/csv").then().statusCode(200)
                .body("created", equalTo(1));
        // the same external id with corrected content is the same row: not stored twice
        upload(f.reporter(), f, good.replace(",20,", ",21,").getBytes(StandardCharsets.UTF_8), "text/csv").then()
                .statusCode(200).body("created", equalTo(0)).body("alreadyPresent", equalTo(1));
        given().auth().oauth2(Tokens.role("VIEWER")).get(PATH + "?programmeId=" + f.programme).then()
                .body("items[0].importKey", equalTo("ext:A1"));
        // a missing column, a file that is not a spreadsheet, a refused role: nothing stored
        upload(f.reporter(), f, "活动类型,日期\nLECTURE,2022-07-01\n".getBytes(StandardCharsets.UTF_8), "text/csv").then()
                .statusCode(400).body("errors[0].field", equalTo("file"));
        upload(f.reporter(), f, "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "application/pdf").then().statusCode(415);
        upload(Tokens.of("HOSPITAL_REPORTER", f.township, null), f, good.getBytes(StandardCharsets.UTF_8), "text/csv")
                .then().statusCode(403);
        upload(Tokens.role("VIEWER"), f, good.getBytes(StandardCharsets.UTF_8), "text/csv").then().statusCode(403);
        given().auth().oauth2(f.reporter()).contentType("text/csv").body(good)
                .post(PATH + "/import?institutionId=" + f.county).then().statusCode(400)
                .body("errors[0].field", equalTo("programmeId"));
        assertEquals(1, stored(f));
    }

    @Test
    void theTemplateIsAWorkbookTheImportReads() {
        byte[] template = given().auth().oauth2(Tokens.role("VIEWER")).get(PATH + "/import-template").then()
                .statusCode(200).contentType(Tables.XLSX).extract().asByteArray();
        Table t = Tables.read(template, Tables.XLSX, 10);
        assertEquals(List.of("外部编号", "活动类型", "日期", "科室", "带教专家", "主题", "参加人次", "学时"), t.columns());
        assertEquals(List.of(), t.rows(), "nothing to import by mistake: the examples are on the explanation sheet");
        given().auth().oauth2(Tokens.role("VIEWER")).get("/q/openapi?format=json").then()
                .body("paths.'/api/v1/training-activities/import'.post.requestBody.content.keySet()",
                        hasItem(Tables.XLSX));
    }
}
