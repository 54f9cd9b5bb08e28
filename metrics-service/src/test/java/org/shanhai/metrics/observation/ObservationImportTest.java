package org.shanhai.metrics.observation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shanhai.common.tabular.Table;
import org.shanhai.common.tabular.Tables;
import org.shanhai.common.testing.TestEvents;
import org.shanhai.common.testing.Tokens;

@QuarkusTest
class ObservationImportTest {

    static final String IMPORT = "/api/v1/observations/import";

    UUID county;

    static UUID known() throws Exception {
        UUID id = UUID.randomUUID();
        TestEvents.send("programme.events", id.toString(), UUID.randomUUID(), "institution.registered",
                TestEvents.institution(id, "县医院-" + id, "530623", 0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.role("VIEWER"))
                .get("/api/v1/institutions/" + id).statusCode() == 200);
        return id;
    }

    @BeforeEach
    void anInstitution() throws Exception {
        county = known();
    }

    static io.restassured.response.Response upload(String token, byte[] body, String type) {
        return given().auth().oauth2(token).contentType(type).accept("application/json").body(body).post(IMPORT);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** 10,000 monthly values of one indicator, one a row (the long layout). */
    static List<String[]> longRows(UUID institution) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new String[] {institution.toString(), "SURGERIES", String.format("%d-%02d", 1990 + i / 12, i % 12 + 1),
                    Integer.toString(100 + i % 50)});
        }
        return rows;
    }

    static byte[] csv(List<String[]> rows) {
        StringBuilder b = new StringBuilder("机构,指标,期间,数值\r\n");
        rows.forEach(r -> b.append(String.join(",", r)).append("\r\n"));
        return utf8(b.toString());
    }

    static byte[] xlsx(List<String[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("指标值");
        String[] header = {"机构", "指标", "期间", "数值"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            ws.value(r + 1, 0, rows.get(r)[0]);
            ws.value(r + 1, 1, rows.get(r)[1]);
            ws.value(r + 1, 2, rows.get(r)[2]);
            ws.value(r + 1, 3, Integer.parseInt(rows.get(r)[3]));
        }
        wb.finish();
        return out.toByteArray();
    }

    static int stored(UUID institution) {
        return given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + institution + "/observations")
                .then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void oneBadRowInTenThousandStoresNothingAndTheSameFileTwiceChangesNothing() throws Exception {
        String reporter = Tokens.of("HOSPITAL_REPORTER", county, null);
        List<String[]> rows = longRows(county);
        List<String[]> bad = new ArrayList<>(rows);
        bad.set(6_999, new String[] {county.toString(), "SURGERIES", "2583-04", "十二"}); // data row 7,000: sheet row 7,001
        upload(reporter, csv(bad), Tables.CSV).then().statusCode(400).body("errors.size()", equalTo(1))
                .body("errors[0].row", equalTo(7_001)).body("errors[0].field", equalTo("数值"));
        assertEquals(0, stored(county));
        upload(reporter, csv(rows), Tables.CSV).then().statusCode(200).body("created", equalTo(10_000));
        upload(reporter, csv(rows), Tables.CSV).then().statusCode(200).body("created", equalTo(0))
                .body("changed", equalTo(0)).body("unchanged", equalTo(10_000));
        assertEquals(10_000, stored(county));
        // the same rows from a workbook are the same values
        upload(reporter, xlsx(rows), Tables.XLSX).then().statusCode(200).body("unchanged", equalTo(10_000));
    }

    @Test
    void xlsxAndCsvGiveTheSameResult() throws Exception {
        UUID other = known();
        List<String[]> a = longRows(county).subList(0, 300);
        List<String[]> b = new ArrayList<>();
        a.forEach(r -> b.add(new String[] {other.toString(), r[1], r[2], r[3]}));
        upload(Tokens.nationalAdmin(), csv(a), Tables.CSV).then().statusCode(200).body("created", equalTo(300));
        upload(Tokens.nationalAdmin(), xlsx(b), Tables.XLSX).then().statusCode(200).body("created", equalTo(300));
        assertEquals(exported(county), exported(other));
        // an imported value has its history and its event, as a PUT would (they go in with COPY)
        String value = "/api/v1/institutions/" + other + "/observations/SURGERIES/" + a.get(7)[2];
        given().auth().oauth2(Tokens.role("VIEWER")).get(value + "/history").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].type", equalTo("observation.recorded"))
                .body("items[0].actor", equalTo("test-national-admin"))
                .body("items[0].state.value", equalTo(a.get(7)[3])).body("items[0].state.version", equalTo(0));
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> events = org.shanhai.common.testing.EventTap
                .read("metrics.events", r -> other.toString().equals(r.key()), seen -> seen.size() >= 300,
                        java.time.Duration.ofSeconds(30));
        assertEquals(300, events.size());
        assertEquals(java.util.Set.of(), org.shanhai.common.testing.EventContract.violations("observation.recorded",
                events.get(7).value()), events.get(7).value());
    }

    static List<String> exported(UUID institution) {
        byte[] csv = given().auth().oauth2(Tokens.role("VIEWER")).accept(Tables.CSV)
                .get("/api/v1/institutions/" + institution + "/observations?sort=period").then().statusCode(200)
                .extract().asByteArray();
        Table t = Tables.read(csv, Tables.CSV, 1000);
        return t.rows().stream().map(r -> r.get("指标 indicator") + "|" + r.get("期间 period") + "|" + r.get("数值 value"))
                .toList();
    }

    @Test
    void everyBadCellIsListedAndAWideYearAddsUp() throws Exception {
        String reporter = Tokens.of("HOSPITAL_REPORTER", county, null);
        String file = "机构,指标,2024-01,2024-02,2024-03\n"
                + county + ",SURGERIES,100,一百,100\n" // row 2: 2024-02 not a number
                + county + ",NO_SUCH_INDICATOR,1,2,3\n" // row 3: the indicator
                + county + ",COUNTY_RETENTION_RATE,90,91,92\n"; // row 4: a ratio is reported by its parts
        upload(reporter, utf8(file), Tables.CSV).then().statusCode(400)
                .body("errors.row", equalTo(List.of(2, 3, 3, 3, 4, 4, 4)))
                .body("errors[0].field", equalTo("2024-02")).body("errors[1].field", equalTo("指标"));
        assertEquals(0, stored(county));
        // a NUL character (which PostgreSQL cannot store) is a row error, not a failure
        upload(reporter, utf8("机构,指标,期间,数值,备注\n" + county + ",SURGERIES,2024-01,5,a\u0000b\n"), Tables.CSV).then()
                .statusCode(400).body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("备注"));
        // a year in the wide layout, one month left empty (not reported, never zero)
        StringBuilder wide = new StringBuilder("机构,指标");
        for (int m = 1; m <= 12; m++) {
            wide.append(String.format(",2024-%02d", m));
        }
        wide.append('\n').append(county).append(",SURGERIES");
        for (int m = 1; m <= 12; m++) {
            wide.append(',').append(m == 12 ? "" : Integer.toString(100 + m));
        }
        wide.append('\n');
        upload(reporter, utf8(wide.toString()), Tables.CSV).then().statusCode(200).body("values", equalTo(11))
                .body("created", equalTo(11));
        // 101 + 102 + … + 111 = 1166; December missing
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + county
                + "/indicators/SURGERIES/series?from=2024&to=2024").then().body("points[0].value", equalTo("1166"))
                .body("points[0].partial", equalTo(true)).body("points[0].missing", equalTo(List.of("2024-12")));
    }

    @Test
    void aFileOfNewChangedAndUnchangedValuesInAnyOrderIsCountedAndStoredAsSuch() throws Exception {
        UUID other = known();
        String admin = Tokens.nationalAdmin();
        upload(admin, csv(List.of(new String[] {county.toString(), "SURGERIES", "2023-01", "10"},
                new String[] {other.toString(), "SURGERIES", "2023-01", "20"})), Tables.CSV).then().statusCode(200)
                .body("created", equalTo(2));
        // institutions interleaved, a stored month changed and one the same, a new month of each
        upload(admin, csv(List.of(new String[] {other.toString(), "SURGERIES", "2023-02", "21"},
                new String[] {county.toString(), "SURGERIES", "2023-01", "11"},
                new String[] {other.toString(), "SURGERIES", "2023-01", "20"},
                new String[] {county.toString(), "SURGERIES", "2023-02", "12"})), Tables.CSV).then().statusCode(200)
                .body("values", equalTo(4)).body("created", equalTo(2)).body("changed", equalTo(1))
                .body("unchanged", equalTo(1));
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + county
                + "/observations/SURGERIES/2023-01/history").then().statusCode(200).body("items.size()", equalTo(2))
                .body("items.state.value", org.hamcrest.Matchers.containsInAnyOrder("10", "11"))
                .body("items.state.version", org.hamcrest.Matchers.containsInAnyOrder(0, 1));
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + other
                + "/indicators/SURGERIES/series?from=2023-01&to=2023-02&granularity=MONTH").then().statusCode(200)
                .body("points.value", equalTo(List.of("20", "21")));
    }

    @Test
    void whatIsStoredIsFoundInAnyChunkBeforeWithinAndAfterTheMonthsStored() throws Exception {
        // what is stored is read once per institution and indicator, when the file first names them: a
        // value before, between or after the months stored, in the first chunk of 5,000 or a later one,
        // of a pair the file first names after a chunk was written, of a department, or voided, is each
        // new, changed or the same (a stored value taken for new would break the unique key: a 409)
        UUID other = known();
        String admin = Tokens.nationalAdmin();
        upload(admin, csv(List.of(new String[] {county.toString(), "SURGERIES", "2023-03", "30"},
                new String[] {county.toString(), "SURGERIES", "2023-06", "60"},
                new String[] {other.toString(), "SURGERIES", "2023-05", "50"})), Tables.CSV).then().statusCode(200)
                .body("created", equalTo(3));
        String others = "/api/v1/institutions/" + other + "/observations/SURGERIES/";
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("value", 8))
                .put(others + "2023-08?department=04.02").then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("value", 20)).put(others + "2023-02")
                .then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "误填"))
                .post(others + "2023-02/void").then().statusCode(200);
        StringBuilder file = new StringBuilder("机构,指标,期间,科室,数值\n");
        java.util.function.Consumer<String> row = r -> file.append(r).append('\n');
        row.accept(county + ",SURGERIES,2023-01,,10"); // before: new
        row.accept(county + ",SURGERIES,2023-03,,30"); // the same
        longRows(county).subList(0, 5_000).forEach(r -> row.accept(r[0] + ",INPATIENT_DISCHARGES," + r[2] + ",," + r[3]));
        row.accept(county + ",SURGERIES,2023-04,,40"); // between, not stored: new
        row.accept(county + ",SURGERIES,2023-06,,61"); // changed, in the second chunk
        row.accept(county + ",SURGERIES,2023-09,,90"); // after: new
        row.accept(other + ",SURGERIES,2023-05,,51"); // first named here: changed
        row.accept(other + ",SURGERIES,2023-08,04.02,9"); // a department's: changed
        row.accept(other + ",SURGERIES,2023-02,,21"); // voided: recorded again
        upload(admin, utf8(file.toString()), Tables.CSV).then().statusCode(200).body("values", equalTo(5_008))
                .body("created", equalTo(5_003)).body("changed", equalTo(4)).body("unchanged", equalTo(1));
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + county
                + "/indicators/SURGERIES/series?from=2023-01&to=2023-09&granularity=MONTH").then().statusCode(200)
                .body("points.findAll { it.value != null }.value", equalTo(List.of("10", "30", "40", "61", "90")));
        given().auth().oauth2(Tokens.role("VIEWER")).get(others + "2023-05/history").then().statusCode(200)
                .body("items.state.value", org.hamcrest.Matchers.containsInAnyOrder("50", "51"));
        given().auth().oauth2(Tokens.role("VIEWER")).get(others + "2023-08?department=04.02").then().statusCode(200)
                .body("value", equalTo("9"));
        given().auth().oauth2(Tokens.role("VIEWER")).get(others + "2023-02").then().statusCode(200)
                .body("value", equalTo("21")).body("voided", equalTo(false));
        // a new value written beside stored ones (only some of a chunk's rows sent) has its own event
        String counts = "/api/v1/institutions/" + county + "/observations/SURGERIES/";
        for (String[] month : new String[][] {{"2023-01", "10"}, {"2023-04", "40"}, {"2023-09", "90"}}) {
            given().auth().oauth2(Tokens.role("VIEWER")).get(counts + month[0] + "/history").then().statusCode(200)
                    .body("items.size()", equalTo(1)).body("items[0].state.value", equalTo(month[1]))
                    .body("items[0].state.version", equalTo(0));
        }
    }

    @Test
    void anInstitutionNotKnownHereIsNamedInEachOfItsRowsAndNothingIsStored() throws Exception {
        UUID unknown = UUID.randomUUID(); // never announced on programme.events
        List<String[]> rows = new ArrayList<>(longRows(county).subList(0, 5_001)); // a first chunk written
        rows.add(new String[] {unknown.toString(), "SURGERIES", "2024-01", "5"}); // data row 5,002
        rows.add(new String[] {county.toString(), "INPATIENT_DISCHARGES", "2024-01", "7"});
        rows.add(new String[] {unknown.toString(), "SURGERIES", "2024-02", "6"});
        upload(Tokens.nationalAdmin(), csv(rows), Tables.CSV).then().statusCode(400).body("errors.size()", equalTo(2))
                .body("errors.row", equalTo(List.of(5_003, 5_005))).body("errors.field", equalTo(List.of("机构", "机构")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(unknown.toString()));
        assertEquals(0, stored(county));
    }

    @Test
    void theFileIsCheckedInTheCallersLanguage() {
        // the file is read on a thread of its own: its problems still speak the request's language
        byte[] file = utf8("机构,指标,期间,数值\n" + county + ",NO_SUCH_INDICATOR,2024-01,1\n");
        given().auth().oauth2(Tokens.nationalAdmin()).header("Accept-Language", "en").contentType(Tables.CSV).body(file)
                .post(IMPORT).then().statusCode(400)
                .body("errors[0].message", equalTo("indicator NO_SUCH_INDICATOR is not in the catalogue"));
        upload(Tokens.nationalAdmin(), file, Tables.CSV).then().statusCode(400)
                .body("errors[0].message", equalTo("指标 NO_SUCH_INDICATOR 不在指标目录中"));
    }

    @Test
    void aReporterImportsOnlyItsOwnInstitutionAndItsTemplateIsFilledIn() throws Exception {
        UUID other = known();
        String reporter = Tokens.of("HOSPITAL_REPORTER", county, null);
        String file = "机构,指标,期间,数值\n" + county + ",SURGERIES,2024-01,5\n" + other + ",SURGERIES,2024-01,5\n";
        upload(reporter, utf8(file), Tables.CSV).then().statusCode(403);
        upload(Tokens.role("VIEWER"), utf8(file), Tables.CSV).then().statusCode(403);
        // the other institution's row after a first chunk of 5,000 of its own, already written: still nothing stored
        List<String[]> rows = new ArrayList<>(longRows(county).subList(0, 6_000));
        rows.add(new String[] {other.toString(), "SURGERIES", "2024-01", "5"});
        upload(reporter, csv(rows), Tables.CSV).then().statusCode(403);
        assertEquals(0, stored(county));
        assertEquals(0, stored(other));
        byte[] template = given().auth().oauth2(reporter).get("/api/v1/observations/template?year=2024").then()
                .statusCode(200).contentType(Tables.XLSX).extract().asByteArray();
        Table t = Tables.read(template, Tables.XLSX, 1000);
        assertEquals(List.of("机构", "指标", "科室", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
                "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"), t.columns());
        assertEquals(true, t.rows().stream().allMatch(r -> county.toString().equals(r.get("机构"))));
        assertEquals(true, t.rows().stream().anyMatch(r -> "SURGERIES".equals(r.get("指标"))));
        assertEquals(false, t.rows().stream().anyMatch(r -> "COUNTY_RETENTION_RATE".equals(r.get("指标"))));
        // imported as it is (nothing filled in), it stores nothing and refuses nothing
        upload(reporter, template, Tables.XLSX).then().statusCode(200).body("values", equalTo(0));
    }
}
