package org.shanhai.metrics.scorecard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shanhai.metrics.support.MetricsFixture.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.Tokens;
import org.shanhai.metrics.support.MetricsFixture;

/**
 * A programme's targets, milestones and scorecard against hand-computed values: a RATIO whose yearly
 * value is the ratio of its quarters' sums, a LOWER_IS_BETTER count, a change under the threshold, a
 * baseline taken from the data, and the same scorecard as CSV and XLSX.
 */
@QuarkusTest
class ScorecardResourceTest {

    MetricsFixture f;
    String programme;

    @BeforeEach
    void aProgrammeWithTwoYearsOfData() throws Exception {
        f = MetricsFixture.announce("522728", "罗甸县人民医院");
        programme = "/api/v1/programmes/" + f.programme;
        int[] in2024 = {800, 850, 900, 950};
        int[] in2025 = {900, 950, 1000, 1050};
        int[] total2025 = {1000, 1000, 1100, 1100};
        int[] up2025 = {80, 80, 90, 90};
        for (int q = 1; q <= 4; q++) {
            put("COUNTY_VISITS_IN_COUNTY", "2024Q" + q, in2024[q - 1]);
            put("COUNTY_VISITS_TOTAL", "2024Q" + q, 1000);
            put("COUNTY_VISITS_IN_COUNTY", "2025Q" + q, in2025[q - 1]);
            put("COUNTY_VISITS_TOTAL", "2025Q" + q, total2025[q - 1]);
            put("UPWARD_REFERRALS", "2024Q" + q, 100);
            put("UPWARD_REFERRALS", "2025Q" + q, up2025[q - 1]);
        }
        put("OUTPATIENT_EMERGENCY_VISITS", "2024", 10000);
        put("OUTPATIENT_EMERGENCY_VISITS", "2025", 10050);
    }

    void put(String code, String period, int value) {
        as(f.reporter()).body(Map.of("value", value))
                .put("/api/v1/institutions/" + f.county + "/observations/" + code + "/" + period).then().statusCode(201);
    }

    @Test
    void theScorecardAgreesWithHandComputedValues() {
        as(f.partnerManager()).body("""
                {"targets": [
                  {"indicator": "COUNTY_RETENTION_RATE", "baselinePeriod": "2024", "targetPeriod": "2026", "targetValue": 95},
                  {"indicator": "UPWARD_REFERRALS", "baselinePeriod": "2024", "baselineValue": 400, "targetPeriod": "2026",
                   "targetValue": 300}]}""").put(programme + "/targets").then().statusCode(200)
                .body("targets.size()", equalTo(2))
                .body("targets.find { it.indicator == 'COUNTY_RETENTION_RATE' }.baselineValue", equalTo("87.5"))
                .body("targets.find { it.indicator == 'COUNTY_RETENTION_RATE' }.baselineFromData", equalTo(true));
        milestone(f.partnerManager(), """
                {"type": "NEW_TECHNIQUE", "name": "腹腔镜胆囊切除术", "department": "04.01", "achieved": "2025-03-12", "independent": true}""");
        milestone(f.partnerManager(), """
                {"type": "KEY_SPECIALTY", "department": "03.04", "level": "PROVINCIAL", "stage": "CONSTRUCTION_UNIT", "achieved": "2024"}""");
        milestone(f.partnerManager(), """
                {"type": "KEY_SPECIALTY", "department": "04.03", "level": "MUNICIPAL", "stage": "APPROVED", "achieved": "2025-11"}""");
        milestone(f.partnerManager(), """
                {"type": "CENTRE", "name": "胸痛中心"}""");

        JsonPath s = as(Tokens.role("VIEWER")).get(programme + "/scorecard?period=2025").then().statusCode(200)
                .body("institutionId", equalTo(f.county.toString())).body("previousPeriod", equalTo("2024"))
                .body("priorPeriod", nullValue()).extract().jsonPath();
        Map<String, Object> rate = row(s, "outcomes", "COUNTY_RETENTION_RATE");
        // 3900 / 4200 (the ratio of the sums; the quarters' rates would average 92.84), against 3500 / 4000
        assertEquals("92.8571", rate.get("value"));
        assertEquals("AGGREGATED", rate.get("basis"));
        assertEquals("87.5", rate.get("previousValue"));
        assertEquals("6.1224", rate.get("changePercent"));
        assertEquals("5.3571", rate.get("changePoints"));
        assertEquals("87.5", rate.get("baselineValue"));
        assertEquals("95", rate.get("targetValue"));
        assertEquals("71.428", rate.get("progressPercent"));
        assertEquals("IMPROVING", rate.get("trend"));
        assertEquals(false, rate.get("approved"));
        Map<String, Object> up = row(s, "outcomes", "UPWARD_REFERRALS");
        assertEquals(List.of("340", "400", "-15", "60", "IMPROVING"), List.of(up.get("value"), up.get("previousValue"),
                up.get("changePercent"), up.get("progressPercent"), up.get("trend")), "fewer upward referrals improve");
        assertEquals(null, up.get("changePoints"), "points only for PERCENT indicators");
        assertEquals("STABLE", row(s, "outcomes", "OUTPATIENT_EMERGENCY_VISITS").get("trend"), "+0.5 % is under 1 %");
        assertEquals(List.of("1", "0"), List.of(row(s, "outcomes", "NEW_TECHNIQUES_INDEPENDENT").get("value"),
                row(s, "outcomes", "NEW_TECHNIQUES_INDEPENDENT").get("previousValue")));
        assertEquals(List.of("2", "1", "100"), List.of(row(s, "outcomes", "KEY_SPECIALTIES").get("value"),
                row(s, "outcomes", "KEY_SPECIALTIES").get("previousValue"),
                row(s, "outcomes", "KEY_SPECIALTIES").get("changePercent")));
        assertEquals("0", row(s, "inputs", "TEACHING_ROUNDS").get("value"), "activity counts sit among the inputs");
        assertEquals(null, row(s, "inputs", "TEACHING_ROUNDS").get("approved"), "counted, not reported");
        assertEquals(4, s.getList("milestones").size());
        assertEquals("胸痛中心", s.getString("milestones[3].name"), "an undated milestone is listed last");

        // a quarter: 环比 beside 同比
        JsonPath q = as(Tokens.role("VIEWER")).get(programme + "/scorecard?period=2025Q2").then().statusCode(200)
                .body("priorPeriod", equalTo("2025Q1")).extract().jsonPath();
        Map<String, Object> q2 = row(q, "outcomes", "COUNTY_RETENTION_RATE");
        assertEquals(List.of("95", "90", "85"), List.of(q2.get("value"), q2.get("priorPeriodValue"), q2.get("previousValue")));

        String csv = new String(as(Tokens.role("VIEWER")).accept("text/csv").get(programme + "/scorecard?period=2025")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("产出,COUNTY_RETENTION_RATE,县域内就诊率,PERCENT,越高越好,92.86,AGGREGATED,87.5,,6.12,5.36,2024,87.5,2026,95,71.43,向好,否"),
                csv);
        byte[] xlsx = as(Tokens.role("VIEWER")).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(programme + "/scorecard?period=2025").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertTrue(rows.get(0).getCellText(0).contains("帮扶项目成效评价表"), rows.get(0).getCellText(0));
            assertEquals("期间 2025", rows.get(2).getCellText(0).substring(0, 7));
            Row header = rows.stream().filter(r -> r.getCellCount() > 5 && "本期值".equals(r.getCellText(5))).findFirst()
                    .orElseThrow();
            assertEquals(5, header.getRowNum(), "three title lines and a blank one above the header");
            Row retention = rows.stream().filter(r -> r.getCellCount() > 1 && "COUNTY_RETENTION_RATE".equals(r.getCellText(1)))
                    .findFirst().orElseThrow();
            assertEquals(new java.math.BigDecimal("92.86"), retention.getCell(5).asNumber(), "a number, rounded for print");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void writesAreCheckedAndRefusedClearly() {
        // roles: a manager of an unrelated hospital, a province admin elsewhere, a viewer
        as(f.strangerManager()).body("{\"type\": \"CENTRE\", \"name\": \"卒中中心\"}").post(programme + "/milestones").then()
                .statusCode(403);
        as(Tokens.provinceAdmin("53")).body("{\"type\": \"CENTRE\", \"name\": \"卒中中心\"}").post(programme + "/milestones")
                .then().statusCode(403);
        as(Tokens.role("VIEWER")).body("{\"targets\": []}").put(programme + "/targets").then().statusCode(403);
        // the primary recipient's province admin may
        milestone(Tokens.provinceAdmin("52"), "{\"type\": \"CENTRE\", \"name\": \"卒中中心\"}");
        as(Tokens.nationalAdmin()).body("{\"type\": \"CENTRE\", \"name\": \"卒中中心\"}").post(programme + "/milestones").then()
                .statusCode(409).body("errors[0].field", equalTo("type"));
        as(Tokens.nationalAdmin()).body("{\"type\": \"NEW_TECHNIQUE\", \"name\": \"x\", \"level\": \"COUNTY\"}")
                .post(programme + "/milestones").then().statusCode(400).body("errors.field", hasItem("level"));
        as(Tokens.nationalAdmin()).body("{\"type\": \"NEW_TECHNIQUE\", \"name\": \"x\", \"achieved\": \"2025-13\"}")
                .post(programme + "/milestones").then().statusCode(400).body("errors[0].field", equalTo("achieved"));
        as(Tokens.nationalAdmin()).body("{\"type\": \"NEW_TECHNIQUE\", \"name\": \"x\", \"institutionId\": \"" + f.lead + "\"}")
                .post(programme + "/milestones").then().statusCode(422).body("errors[0].field", equalTo("institutionId"));
        as(Tokens.nationalAdmin()).body("{\"type\": \"CENTRE\", \"name\": \"x\"}")
                .post("/api/v1/programmes/" + java.util.UUID.randomUUID() + "/milestones").then().statusCode(404);

        as(Tokens.nationalAdmin()).body("""
                {"targets": [{"indicator": "SURGERIES", "baselinePeriod": "2021", "targetPeriod": "2025", "targetValue": 5}]}""")
                .put(programme + "/targets").then().statusCode(422).body("errors[0].field",
                        equalTo("targets[0].baselineValue"));
        as(Tokens.nationalAdmin()).body("""
                {"targets": [{"indicator": "COUNTY_RETENTION_RATE", "baselinePeriod": "2024", "targetPeriod": "2026", "targetValue": 101}]}""")
                .put(programme + "/targets").then().statusCode(400).body("errors[0].field", equalTo("targets[0].targetValue"));
        as(Tokens.nationalAdmin()).body("""
                {"targets": [{"indicator": "NOPE", "baselinePeriod": "2024", "targetPeriod": "2026", "targetValue": 1}]}""")
                .put(programme + "/targets").then().statusCode(422).body("errors[0].field", equalTo("targets[0].indicator"));
        as(Tokens.nationalAdmin()).body("""
                {"targets": [{"indicator": "SURGERIES", "baselinePeriod": "2025", "baselineValue": 1, "targetPeriod": "2024", "targetValue": 1}]}""")
                .put(programme + "/targets").then().statusCode(422).body("errors[0].field", equalTo("targets[0].targetPeriod"));
        as(Tokens.nationalAdmin()).get(programme + "/targets").then().statusCode(200).body("targets.size()", equalTo(0));

        // the set is replaced: one left out is removed, and the history says so
        String two = """
                {"targets": [
                  {"indicator": "SURGERIES", "baselinePeriod": "2024", "baselineValue": 10, "targetPeriod": "2026", "targetValue": 20},
                  {"indicator": "UPWARD_REFERRALS", "baselinePeriod": "2024", "targetPeriod": "2026", "targetValue": 300}]}""";
        as(Tokens.nationalAdmin()).body(two).put(programme + "/targets").then().statusCode(200).body("targets.size()", equalTo(2));
        as(Tokens.nationalAdmin()).body(two).put(programme + "/targets").then().statusCode(200);
        as(Tokens.nationalAdmin()).body("""
                {"targets": [{"indicator": "SURGERIES", "baselinePeriod": "2024", "baselineValue": 10, "targetPeriod": "2026", "targetValue": 25}]}""")
                .put(programme + "/targets").then().statusCode(200).body("targets.size()", equalTo(1))
                .body("targets[0].targetValue", equalTo("25"));
        as(Tokens.role("VIEWER")).get(programme + "/targets/history").then().statusCode(200)
                .body("items.type", equalTo(List.of("target.set", "target.set", "target.removed", "target.set")));

        as(Tokens.role("VIEWER")).get(programme + "/scorecard").then().statusCode(400).body("errors[0].field",
                equalTo("period"));
        as(Tokens.role("VIEWER")).get(programme + "/scorecard?period=2025Q5").then().statusCode(400);
        as(Tokens.role("VIEWER")).get(programme + "/scorecard?period=1900").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        as(Tokens.role("VIEWER")).get("/api/v1/reports/programmes?indicator=SURGERIES&period=2025&size=0").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
        as(Tokens.role("VIEWER")).get("/api/v1/reports/programmes?indicator=SURGERIES&period=2025&page=-1").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
        // three quarters of 2023 are not a year's baseline
        for (int q = 1; q <= 3; q++) {
            put("SURGERIES", "2023Q" + q, 100);
        }
        as(Tokens.nationalAdmin()).header("Accept-Language", "en").body("""
                {"targets": [{"indicator": "SURGERIES", "baselinePeriod": "2023", "targetPeriod": "2026", "targetValue": 500}]}""")
                .put(programme + "/targets").then().statusCode(422).body("errors[0].field", equalTo("targets[0].baselineValue"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("partial"));
    }

    void milestone(String token, String body) {
        as(token).body(body).post(programme + "/milestones").then().statusCode(201);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> row(JsonPath s, String side, String code) {
        List<Map<String, Object>> rows = s.getList(side);
        return rows.stream().filter(r -> code.equals(r.get("indicator"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not among the " + side + ": " + rows));
    }
}
