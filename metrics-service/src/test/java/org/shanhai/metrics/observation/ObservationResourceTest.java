package org.shanhai.metrics.observation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shanhai.common.tabular.Table;
import org.shanhai.common.tabular.Tables;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.TestEvents;
import org.shanhai.common.testing.Tokens;

/** Observations of an institution known from programme.events (sent here as programme-service would). */
@QuarkusTest
class ObservationResourceTest {

    UUID county;
    String base;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @BeforeEach
    void anInstitutionKnownFromProgrammeEvents() throws Exception {
        county = UUID.randomUUID();
        TestEvents.send("programme.events", county.toString(), UUID.randomUUID(), "institution.registered",
                TestEvents.institution(county, "盐津县人民医院-" + county, "530623", 0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.role("VIEWER"))
                .get("/api/v1/institutions/" + county).statusCode() == 200);
        base = "/api/v1/institutions/" + county + "/observations/";
    }

    @Test
    void anIdempotentUpsertWithHistoryAndVoiding() throws Exception {
        String reporter = Tokens.of("HOSPITAL_REPORTER", county, null);
        as(reporter).body(Map.of("value", 1250, "dataSource", "医院统计年报")).put(base + "SURGERIES/2024").then()
                .statusCode(201).body("value", equalTo("1250")).body("basis", equalTo("RECORDED"))
                .body("indicatorVersion", equalTo(0)).header("ETag", "\"0\"");
        // the same again changes nothing
        as(reporter).body(Map.of("value", 1250.00, "dataSource", "医院统计年报")).put(base + "SURGERIES/2024").then()
                .statusCode(200).header("ETag", "\"0\"");
        as(reporter).body(Map.of("value", 1300, "note", "更正", "dataSource", "医院统计年报")).put(base + "SURGERIES/2024")
                .then().statusCode(200).body("value", equalTo("1300")).header("ETag", "\"1\"");
        as(reporter).body(Map.of("reason", "误填")).post(base + "SURGERIES/2024/void").then().statusCode(200)
                .body("voided", equalTo(true));
        as(reporter).body(Map.of("reason", "误填")).post(base + "SURGERIES/2024/void").then().statusCode(409);
        as(Tokens.role("VIEWER")).get(base + "SURGERIES/2024/history").then().statusCode(200)
                .body("items.size()", equalTo(3)).body("items[1].changes.value.old", equalTo("1250"))
                .body("items[1].changes.value.value", equalTo("1300"))
                .body("items[2].changes.voided.value", equalTo(true))
                .body("items[1].actor", equalTo("test-hospital-reporter"));
        as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + county + "/observations?indicator=SURGERIES").then()
                .body("totalItems", equalTo(0));
        as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + county + "/observations?indicator=SURGERIES&includeVoided=true")
                .then().body("totalItems", equalTo(1));
        // a department's value is its own observation, beside the institution's
        as(reporter).body(Map.of("value", 200)).put(base + "SURGERIES/2024?department=04.02").then().statusCode(201)
                .body("department", equalTo("04.02"));
        as(reporter).body(Map.of("value", 1300)).put(base + "SURGERIES/2024").then().statusCode(200)
                .body("voided", equalTo(false)).body("department", nullValue());

        List<ConsumerRecord<String, String>> events = EventTap.read("metrics.events", r -> county.toString().equals(r.key()),
                seen -> seen.size() >= 5, Duration.ofSeconds(20));
        assertEquals(5, events.size());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals("observation.recorded", EventTap.header(e, "ce_type"));
            assertEquals(Set.of(), EventContract.violations("observation.recorded", e.value()), e.value());
        }
    }

    @Test
    void valuesPeriodsAndIndicatorsAreChecked() {
        String admin = Tokens.nationalAdmin();
        as(admin).body(Map.of("value", 1)).put(base + "SURGERIES/2025Q5").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        as(admin).body(Map.of("value", 1)).put(base + "SURGERIES/2025-13").then().statusCode(400);
        as(admin).body(Map.of("value", 1)).put(base + "SURGERIES/25").then().statusCode(400);
        as(admin).header("Accept-Language", "en").body(Map.of("value", 1.5)).put(base + "SURGERIES/2025").then().statusCode(400)
                .body("errors[0].field", equalTo("value")).body("detail", containsString("whole number"));
        as(admin).body(Map.of("value", -1)).put(base + "SURGERIES/2025").then().statusCode(400);
        as(admin).body(Map.of("value", 1)).put(base + "NO_SUCH_INDICATOR/2025").then().statusCode(422)
                .body("errors[0].field", equalTo("indicatorCode"));
        as(admin).body(Map.of("value", 1)).put("/api/v1/institutions/" + UUID.randomUUID() + "/observations/SURGERIES/2025")
                .then().statusCode(422).body("errors[0].field", equalTo("institutionId"));
        as(admin).body(Map.of("value", 1)).put(base + "SURGERIES/2025?department=99.99").then().statusCode(400)
                .body("errors[0].field", equalTo("department"));
        // a ratio is reported by its parts; a derived indicator is not written by hand...
        as(admin).body(Map.of("value", 92.53)).put(base + "COUNTY_RETENTION_RATE/2022").then().statusCode(422)
                .body("detail", containsString("COUNTY_VISITS_IN_COUNTY"));
        as(admin).body(Map.of("value", 3)).put(base + "TEACHING_ROUNDS/2022").then().statusCode(422)
                .body("detail", containsString("EVENTS"));
        // ...unless it is a rate a report published without its parts, said explicitly
        as(admin).body(Map.of("value", 92.53, "basis", "REPORTED_RATE")).put(base + "COUNTY_RETENTION_RATE/2022").then()
                .statusCode(201).body("basis", equalTo("REPORTED_RATE"));
        as(admin).body(Map.of("value", 62, "basis", "REPORTED_RATE")).put(base + "LICENCE_EXAM_PASS_RATE/2022").then()
                .statusCode(201);
        as(admin).body(Map.of("value", 101, "basis", "REPORTED_RATE")).put(base + "COUNTY_RETENTION_RATE/2023").then()
                .statusCode(400).body("errors[0].field", equalTo("value"));
        as(admin).body(Map.of("value", 5, "basis", "REPORTED_RATE")).put(base + "SURGERIES/2023").then().statusCode(422)
                .body("errors[0].field", equalTo("basis"));
        // a figure a report gives over several years is kept as one span
        as(admin).body(Map.of("value", 35, "basis", "REPORTED")).put(base + "PAPERS_PUBLISHED/2022..2024").then()
                .statusCode(201).body("period", equalTo("2022..2024")).body("periodStart", equalTo("2022-01-01"))
                .body("periodEnd", equalTo("2024-12-31"));
    }

    @Test
    void roleMatrix() {
        UUID other = UUID.randomUUID();
        for (String refused : List.of(Tokens.of("HOSPITAL_REPORTER", other, null), Tokens.role("VIEWER"),
                Tokens.role("SERVICE_CLIENT"), Tokens.of("PROGRAMME_MANAGER", other, null), Tokens.provinceAdmin("52"))) {
            as(refused).body(Map.of("value", 7)).put(base + "SURGERIES/2025-01").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + county + "/observations").then().body("totalItems", equalTo(0));
        as(Tokens.provinceAdmin("53")).body(Map.of("value", 7)).put(base + "SURGERIES/2025-01").then().statusCode(201);
        as(Tokens.of("HOSPITAL_REPORTER", other, null)).body(Map.of("reason", "x")).post(base + "SURGERIES/2025-01/void")
                .then().statusCode(403);
        as(Tokens.role("VIEWER")).get(base + "SURGERIES/2025-01").then().body("voided", equalTo(false));
    }

    @Test
    void aYearlyRateIsTheRatioOfSumsAndExportsOpenInExcel() {
        String reporter = Tokens.of("HOSPITAL_REPORTER", county, null);
        // January 1 of 10 (10%), February to December 90 of 100 (90%): the monthly rates average 83.33%;
        // the year is 991 / 1110 = 89.2793%
        for (int m = 1; m <= 12; m++) {
            String month = String.format("2024-%02d", m);
            as(reporter).body(Map.of("value", m == 1 ? 1 : 90)).put(base + "COUNTY_VISITS_IN_COUNTY/" + month).then()
                    .statusCode(201);
            as(reporter).body(Map.of("value", m == 1 ? 10 : 100)).put(base + "COUNTY_VISITS_TOTAL/" + month).then()
                    .statusCode(201);
        }
        String series = "/api/v1/institutions/" + county + "/indicators/";
        JsonPath year = as(Tokens.role("VIEWER")).get(series + "COUNTY_RETENTION_RATE/series?from=2024&to=2025").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("89.2793", year.getString("points[0].value"));
        assertEquals("AGGREGATED", year.getString("points[0].basis"));
        assertEquals(false, year.getBoolean("points[0].partial"));
        assertEquals(null, (Object) year.get("points[1].value")); // 2025: missing, never zero
        // a yearly total recorded directly wins over the sum of the months, and says so
        as(Tokens.role("VIEWER")).get(series + "COUNTY_VISITS_TOTAL/series?from=2024&to=2024").then()
                .body("points[0].value", equalTo("1110")).body("points[0].basis", equalTo("AGGREGATED"));
        as(reporter).body(Map.of("value", 1200)).put(base + "COUNTY_VISITS_TOTAL/2024").then().statusCode(201);
        as(Tokens.role("VIEWER")).get(series + "COUNTY_VISITS_TOTAL/series?from=2024&to=2024").then()
                .body("points[0].value", equalTo("1200")).body("points[0].basis", equalTo("RECORDED"))
                .body("points[0].finerPeriods", equalTo(12));
        as(Tokens.role("VIEWER")).get(series + "COUNTY_VISITS_TOTAL/series?from=2024&to=2024&granularity=QUARTER").then()
                .body("points.value", equalTo(List.of("210", "300", "300", "300")));
        as(Tokens.role("VIEWER")).get(series + "COUNTY_VISITS_TOTAL/series?from=2024&to=2024&granularity=WEEK").then()
                .statusCode(400).body("errors[0].field", equalTo("granularity"));

        // a rate reported for 2023, and its parts giving the same 92.53%: the computed value, and no difference flagged
        as(reporter).body(Map.of("value", 92.53, "basis", "REPORTED_RATE")).put(base + "COUNTY_RETENTION_RATE/2023").then()
                .statusCode(201);
        as(reporter).body(Map.of("value", 9253)).put(base + "COUNTY_VISITS_IN_COUNTY/2023").then().statusCode(201);
        as(reporter).body(Map.of("value", 10000)).put(base + "COUNTY_VISITS_TOTAL/2023").then().statusCode(201);
        as(Tokens.role("VIEWER")).get(series + "COUNTY_RETENTION_RATE/series?from=2023&to=2023").then()
                .body("points[0].value", equalTo("92.53")).body("points[0].basis", equalTo("AGGREGATED"))
                .body("points[0].note", nullValue());
        // a client that accepts anything gets the JSON page
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + county
                + "/observations?indicator=COUNTY_VISITS_TOTAL&from=2024&to=2024").then().statusCode(200)
                .contentType(ContentType.JSON).body("totalItems", equalTo(13));

        byte[] csv = given().auth().oauth2(Tokens.role("VIEWER")).accept("text/csv")
                .get("/api/v1/institutions/" + county + "/observations?indicator=COUNTY_VISITS_TOTAL&from=2024&to=2024").then()
                .statusCode(200).extract().asByteArray();
        assertEquals(0xEF, csv[0] & 0xFF);
        Table t = Tables.read(csv, Tables.CSV, 100);
        assertEquals(13, t.rows().size());
        assertEquals("1200", t.rows().stream().filter(r -> "2024".equals(r.get("期间 period"))).findFirst().orElseThrow()
                .get("数值 value"));
        byte[] xlsx = given().auth().oauth2(Tokens.role("VIEWER")).accept(Tables.XLSX)
                .get("/api/v1/institutions/" + county + "/observations?indicator=COUNTY_VISITS_TOTAL&from=2024&to=2024").then()
                .statusCode(200).contentType(Tables.XLSX).extract().asByteArray();
        assertEquals(13, Tables.read(xlsx, Tables.XLSX, 100).rows().size());
    }
}
