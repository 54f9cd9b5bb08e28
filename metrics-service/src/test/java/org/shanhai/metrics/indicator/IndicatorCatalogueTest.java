package org.shanhai.metrics.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shanhai.common.tabular.Table;
import org.shanhai.common.tabular.Tables;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.Tokens;

@QuarkusTest
class IndicatorCatalogueTest {

    static final String PATH = "/api/v1/indicators";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static String code(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> indicator(String code, String aggregation, String numerator, String denominator) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("nameZh", "测试指标");
        m.put("nameEn", "Test indicator");
        m.put("unit", "RATIO".equals(aggregation) ? "PERCENT" : "COUNT");
        m.put("direction", "HIGHER_IS_BETTER");
        m.put("aggregation", aggregation);
        m.put("category", "SERVICE_CAPACITY");
        if (numerator != null) {
            m.put("numeratorCode", numerator);
        }
        if (denominator != null) {
            m.put("denominatorCode", denominator);
        }
        return m;
    }

    @Test
    void theNationalSetIsSeededExactlyAsTheFileGivesIt() throws Exception {
        Table file;
        try (InputStream in = getClass().getResourceAsStream("/catalogue/indicators.csv")) {
            file = Tables.read(in.readAllBytes(), "text/csv", 1000);
        }
        for (Table.Row row : file.rows()) {
            as(Tokens.role("VIEWER")).get(PATH + "/" + row.get("code")).then().statusCode(200)
                    .body("nameZh", equalTo(row.get("name_zh"))).body("nameEn", equalTo(row.get("name_en")))
                    .body("unit", equalTo(row.get("unit"))).body("direction", equalTo(row.get("direction")))
                    .body("aggregation", equalTo(row.get("aggregation")))
                    .body("numeratorCode", equalTo(row.get("numerator")))
                    .body("denominatorCode", equalTo(row.get("denominator")))
                    .body("category", equalTo(row.get("category"))).body("source", equalTo(row.get("source")))
                    .body("custom", equalTo(false));
        }
        assertEquals(33, file.rows().size());
        as(Tokens.role("VIEWER")).get(PATH + "?source=EVENTS&size=200").then().statusCode(200)
                .body("items.findAll { !it.custom }.size()", equalTo(12));
        as(Tokens.role("VIEWER")).get(PATH + "?q=就诊率").then().body("items.code", equalTo(List.of("COUNTY_RETENTION_RATE")));
        as(Tokens.role("VIEWER")).get(PATH + "/NO_SUCH_THING").then().statusCode(404);
    }

    @Test
    void customIndicatorsAndNewVersionsOfADefinition() throws Exception {
        String admin = Tokens.nationalAdmin();
        String visits = code("VISITS");
        String inCounty = code("IN_COUNTY");
        String rate = code("RATE");
        as(admin).body(indicator(visits, "SUM", null, null)).post(PATH).then().statusCode(201)
                .header("Location", containsString("/api/v1/indicators/" + visits)).body("source", equalTo("REPORTED"))
                .body("custom", equalTo(true)).body("version", equalTo(0));
        as(admin).body(indicator(inCounty, "SUM", null, null)).post(PATH).then().statusCode(201);
        as(admin).body(indicator(visits, "SUM", null, null)).post(PATH).then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
        as(admin).body(indicator(rate, "RATIO", inCounty, null)).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("denominatorCode"));
        as(admin).body(indicator(rate, "RATIO", inCounty, "NO_SUCH_INDICATOR")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("denominatorCode"));
        as(admin).body(indicator(rate, "SUM", inCounty, null)).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("numeratorCode"));
        as(admin).body(indicator("lower_case", "SUM", null, null)).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        as(admin).body(indicator(rate, "RATIO", inCounty, visits)).post(PATH).then().statusCode(201);
        // redefining the numerator as a ratio over the rate would loop: refused, nothing changed
        as(admin).header("Accept-Language", "en").body(indicator(inCounty, "RATIO", rate, visits)).put(PATH + "/" + inCounty)
                .then().statusCode(422).body("detail", containsString("cycle"));
        as(admin).body(indicator(inCounty, "RATIO", "NO_SUCH_INDICATOR", visits)).put(PATH + "/" + inCounty).then()
                .statusCode(422).body("errors[0].field", equalTo("numeratorCode"));
        as(admin).body(indicator(inCounty, "RATIO", visits, null)).put(PATH + "/" + inCounty).then().statusCode(400)
                .body("errors[0].field", equalTo("denominatorCode"));
        as(Tokens.role("VIEWER")).get(PATH + "/" + inCounty).then().body("aggregation", equalTo("SUM"))
                .body("version", equalTo(0));
        // a change is a new version, with the old definition in the history
        Map<String, Object> renamed = indicator(visits, "SUM", null, null);
        renamed.put("nameZh", "县域居民就诊人次");
        as(admin).header("If-Match", "\"0\"").body(renamed).put(PATH + "/" + visits).then().statusCode(200)
                .body("version", equalTo(1)).header("ETag", "\"1\"");
        as(admin).header("If-Match", "\"0\"").body(renamed).put(PATH + "/" + visits).then().statusCode(412);
        as(Tokens.role("VIEWER")).get(PATH + "/" + visits + "/history").then()
                .body("items.type", equalTo(List.of("indicator.defined", "indicator.redefined")))
                .body("items[1].changes.nameZh.old", equalTo("测试指标"));
        for (String refused : List.of(Tokens.role("VIEWER"), Tokens.provinceAdmin("53"), Tokens.role("SERVICE_CLIENT"),
                Tokens.of("HOSPITAL_REPORTER", UUID.randomUUID(), null))) {
            as(refused).body(indicator(code("X"), "SUM", null, null)).post(PATH).then().statusCode(403);
            as(refused).body(renamed).put(PATH + "/" + visits).then().statusCode(403);
        }
        List<ConsumerRecord<String, String>> events = EventTap.read("metrics.events", r -> visits.equals(r.key()),
                seen -> seen.size() >= 2, Duration.ofSeconds(20));
        assertEquals(List.of("indicator.defined", "indicator.redefined"),
                events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(Set.of(), EventContract.violations(EventTap.header(e, "ce_type"), e.value()), e.value());
        }
    }
}
