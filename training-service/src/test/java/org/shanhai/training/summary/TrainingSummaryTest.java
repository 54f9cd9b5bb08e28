package org.shanhai.training.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shanhai.training.support.TrainingFixture.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shanhai.common.tabular.Table;
import org.shanhai.common.tabular.Tables;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.Tokens;
import org.shanhai.training.support.TrainingFixture;

/** The summary against figures computed by hand from the records and totals the test makes. */
@QuarkusTest
class TrainingSummaryTest {

    static final String SOURCE_REPORT = "云南网: 上海新华医院“组团式”帮扶助力盐津医疗蝶变";

    static void activity(TrainingFixture f, String type, String date, int attendees, String hours) {
        Map<String, Object> m = new HashMap<>();
        m.put("programmeId", f.programme);
        m.put("institutionId", f.county);
        m.put("type", type);
        m.put("date", date);
        m.put("department", "03.01");
        m.put("leadExpertId", f.expert);
        m.put("topic", type + " " + date);
        m.put("attendeeCount", attendees);
        m.put("hours", hours);
        as(Tokens.nationalAdmin()).body(m).post("/api/v1/training-activities").then().statusCode(201);
    }

    static Map<String, Object> total(String type, String from, String to, long count) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", type);
        if (from != null) {
            m.put("from", from);
        }
        m.put("to", to);
        m.put("count", count);
        m.put("source", Map.of("report", SOURCE_REPORT, "date", "2025-05-28", "quote", "教学查房1500余次"));
        return m;
    }

    static Map<String, Object> figure(JsonPath summary, String measure) {
        return summary.getMap("figures.find { it.measure == '" + measure + "' }");
    }

    @Test
    void recordedAndReportedSideBySideNeverAddedTwice() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        String totals = "/api/v1/programmes/" + f.programme + "/reported-totals";
        // 3 teaching rounds inside the reported span (contained in the total), 2 after it
        activity(f, "TEACHING_ROUND", "2023-03-01", 20, "1.5");
        activity(f, "TEACHING_ROUND", "2024-03-01", 30, "2");
        activity(f, "TEACHING_ROUND", "2025-05-31", 10, "1");
        activity(f, "TEACHING_ROUND", "2025-06-01", 15, "1");
        activity(f, "TEACHING_ROUND", "2025-07-15", 25, "2.5");
        activity(f, "LECTURE", "2024-05-01", 100, "3");
        activity(f, "OUTREACH_CLINIC", "2024-06-01", 300, "6"); // patients: not training attendances
        // "教学查房1500余次" as of 2025-05 (runs from the programme's start), by the lead's manager
        String id = as(f.leadManager()).body(total("TEACHING_ROUND", null, "2025-05-31", 1500)).post(totals).then()
                .statusCode(201).body("from", equalTo("2022-01-01")).body("institutionId", equalTo(f.county.toString()))
                .extract().path("id");
        as(f.leadManager()).body(total("TEACHING_ROUND", null, "2025-05-31", 1500)).post(totals).then().statusCode(409);
        as(f.leadManager()).body(total("TRAINING_ATTENDANCES", "2022-01-01", "2023-12-31", 6000)).post(totals).then()
                .statusCode(201);

        // people: one apprentice in two mentorships (one completed with 1 of 2 techniques independent, one
        // still active), one further study and one residency, and one year's exam
        String apprentice = as(Tokens.nationalAdmin()).body(Map.of("name", "李红", "institutionId", f.county,
                "department", "03.01")).post("/api/v1/staff").then().statusCode(201).extract().path("id");
        String m1 = as(f.leadManager()).body(Map.of("programmeId", f.programme, "mentorExpertId", f.expert,
                "apprenticeId", apprentice, "department", "03.01", "startDate", "2023-03-01",
                "techniques", List.of("冠状动脉造影", "经皮冠状动脉介入治疗"))).post("/api/v1/mentorships").then()
                .statusCode(201).extract().path("id");
        as(f.leadManager()).body(Map.of("date", "2024-02-28", "techniques", List.of(Map.of("name", "冠状动脉造影",
                "independent", true), Map.of("name", "经皮冠状动脉介入治疗", "independent", false))))
                .post("/api/v1/mentorships/" + m1 + "/completion").then().statusCode(200);
        as(f.leadManager()).body(Map.of("programmeId", f.programme, "mentorExpertId", f.expert, "apprenticeId", apprentice,
                "department", "03.01", "startDate", "2024-06-01", "techniques", List.of("心脏超声")))
                .post("/api/v1/mentorships").then().statusCode(201);
        for (String[] s2 : List.of(new String[] {"FURTHER_STUDY", "2023-09-01"}, new String[] {"STANDARDISED_RESIDENCY", "2024-01-01"})) {
            as(f.leadManager()).body(Map.of("programmeId", f.programme, "staffId", apprentice, "hostInstitutionId", f.lead,
                    "type", s2[0], "department", "03.01", "startDate", s2[1])).post("/api/v1/secondments").then()
                    .statusCode(201);
        }
        as(f.reporter()).body(Map.of("institutionId", f.county, "year", 2023, "examType", "PRACTISING_PHYSICIAN",
                "candidates", 50, "passed", 31)).post("/api/v1/exam-results").then().statusCode(201);

        JsonPath s = as(Tokens.role("VIEWER")).get("/api/v1/programmes/" + f.programme
                + "/training-summary?from=2022-01-01&to=2025-12-31").then().statusCode(200).extract().jsonPath();
        Map<String, Object> rounds = figure(s, "TEACHING_ROUND");
        assertEquals(5, rounds.get("recorded"));
        assertEquals(1500, rounds.get("reported"));
        assertEquals(1502, rounds.get("figure")); // 1500 + the 2 after 2025-05-31; the 3 inside are in the 1500
        assertEquals("REPORTED_AND_RECORDED", rounds.get("basis"));
        assertTrue(((String) rounds.get("note")).contains("the 3 recorded in that span are contained"), rounds.toString());
        Map<String, Object> attendances = figure(s, "TRAINING_ATTENDANCES");
        // recorded: 20+30+10+15+25 rounds + 100 lecture = 200 (the 300 outreach patients excluded);
        // reported 6000 for 2022..2023 contains the 20 of 2023-03-01; the other 180 are outside it
        assertEquals(200, attendances.get("recorded"));
        assertEquals(6180, attendances.get("figure"));
        Map<String, Object> lectures = figure(s, "LECTURE");
        assertEquals(1, lectures.get("figure"));
        assertEquals("RECORDED", lectures.get("basis"));
        assertEquals(5, s.getInt("activities.find { it.type == 'TEACHING_ROUND' }.count"));
        assertEquals(100, s.getInt("activities.find { it.type == 'TEACHING_ROUND' }.attendees"));
        assertEquals("8.0", s.getString("activities.find { it.type == 'TEACHING_ROUND' }.hours"));
        assertEquals(2, s.getList("reportedTotals").size());
        assertEquals(Map.of("apprenticesStarted", 1, "active", 1, "completed", 1, "discontinued", 0,
                "techniquesAssessed", 2, "techniquesIndependent", 1), s.getMap("mentorships"));
        assertEquals(1, s.getInt("secondments.find { it.type == 'FURTHER_STUDY' }.staff"));
        assertEquals(0, s.getInt("secondments.find { it.type == 'SHADOWING' }.staff"));
        assertEquals(1, s.getInt("secondments.find { it.type == 'STANDARDISED_RESIDENCY' }.staff"));
        assertEquals(1, figure(s, "MENTORSHIP_APPRENTICES").get("figure"));
        assertEquals(1, figure(s, "STAFF_SECONDED").get("figure"));
        assertEquals(1, figure(s, "STANDARDISED_RESIDENTS").get("figure"));
        assertEquals(1, figure(s, "VISITING_EXPERTS").get("figure")); // the fixture's one expert, arrived 2022-01-01
        assertEquals(List.of(Map.of("year", 2023, "examType", "PRACTISING_PHYSICIAN", "candidates", 50, "passed", 31,
                "passRate", "62.00")), s.getList("examResults"));
        assertEquals(SOURCE_REPORT, s.getString("reportedTotals[0].source.report"));

        // a window the total does not lie inside: the records alone
        JsonPath later = as(Tokens.role("VIEWER")).get("/api/v1/programmes/" + f.programme
                + "/training-summary?from=2024-01-01&to=2025-12-31").then().statusCode(200).extract().jsonPath();
        assertEquals(4, figure(later, "TEACHING_ROUND").get("figure"));
        assertEquals("RECORDED", figure(later, "TEACHING_ROUND").get("basis"));

        // the same as CSV (for Excel) and XLSX
        byte[] csv = given().auth().oauth2(Tokens.role("VIEWER")).accept("text/csv").get("/api/v1/programmes/"
                + f.programme + "/training-summary?from=2022-01-01&to=2025-12-31").then().statusCode(200)
                .header("Content-Disposition", containsString(".csv")).extract().asByteArray();
        Table rows = Tables.read(csv, Tables.CSV, 1000);
        Table.Row roundsRow = rows.rows().stream().filter(r -> "figure".equals(r.get("部分 section"))
                && "TEACHING_ROUND".equals(r.get("项目 item"))).findFirst().orElseThrow();
        assertEquals("1502", roundsRow.get("采用数 figure"));
        assertEquals("1500", roundsRow.get("报告数 reported"));
        byte[] xlsx = given().auth().oauth2(Tokens.role("VIEWER")).accept(Tables.XLSX).get("/api/v1/programmes/"
                + f.programme + "/training-summary?from=2022-01-01&to=2025-12-31").then().statusCode(200)
                .contentType(Tables.XLSX).extract().asByteArray();
        // the same cells (a spreadsheet keeps 8.0 hours as the number 8)
        assertEquals(normalised(rows), normalised(Tables.read(xlsx, Tables.XLSX, 1000)));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("教学查房"));

        List<ConsumerRecord<String, String>> events = EventTap.read("training.events",
                r -> ("training-total/" + id).equals(EventTap.header(r, "ce_subject")), seen -> !seen.isEmpty(),
                Duration.ofSeconds(20));
        assertEquals("training-total.reported", EventTap.header(events.get(0), "ce_type"));
        assertEquals(Set.of(), EventContract.violations("training-total.reported", events.get(0).value()));
    }

    static List<Map<String, String>> normalised(Table t) {
        return t.rows().stream().map(r -> {
            Map<String, String> m = new java.util.TreeMap<>();
            r.cells().forEach((k, v) -> m.put(k, v.matches("-?[0-9]+(\\.[0-9]+)?")
                    ? new java.math.BigDecimal(v).stripTrailingZeros().toPlainString() : v));
            return m;
        }).toList();
    }

    @Test
    void reportedTotalsAreCheckedAndWrittenOnlyByThoseWhoMay() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", "2025-12-31", "2022-01-01", null);
        String totals = "/api/v1/programmes/" + f.programme + "/reported-totals";
        String admin = Tokens.nationalAdmin();
        as(admin).body(total("TEACHING_ROUND", "2021-06-01", "2023-12-31", 10)).post(totals).then().statusCode(422)
                .body("errors[0].field", equalTo("from"));
        as(admin).body(total("TEACHING_ROUND", "2023-01-01", "2022-12-31", 10)).post(totals).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(admin).body(total("TEACHING_ROUND", null, "2023-12-31", -1)).post(totals).then().statusCode(400)
                .body("errors[0].field", equalTo("count"));
        Map<String, Object> noSource = total("LECTURE", null, "2023-12-31", 10);
        noSource.put("source", Map.of("date", "2024-01-05"));
        as(admin).body(noSource).post(totals).then().statusCode(400).body("errors[0].field", equalTo("source.report"));
        Map<String, Object> outsider = total("LECTURE", null, "2023-12-31", 10);
        outsider.put("institutionId", f.outsider);
        as(admin).body(outsider).post(totals).then().statusCode(422).body("errors[0].field", equalTo("institutionId"));
        for (String refused : List.of(Tokens.role("VIEWER"), Tokens.role("SERVICE_CLIENT"), f.reporter(),
                f.outsiderManager(), Tokens.provinceAdmin("52"))) {
            as(refused).body(total("LECTURE", null, "2023-12-31", 10)).post(totals).then().statusCode(403);
        }
        as(Tokens.role("VIEWER")).get(totals).then().statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.provinceAdmin("53")).body(total("LECTURE", null, "2023-12-31", 10)).post(totals).then().statusCode(201);
        as(Tokens.role("VIEWER")).get("/api/v1/programmes/" + java.util.UUID.randomUUID() + "/reported-totals").then()
                .statusCode(404);
        as(Tokens.role("VIEWER")).get("/api/v1/programmes/" + f.programme + "/training-summary?from=2024-01-01&to=2023-01-01")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
