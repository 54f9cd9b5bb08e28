package org.shanhai.metrics.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shanhai.metrics.support.MetricsFixture.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shanhai.common.tabular.Table;
import org.shanhai.common.tabular.Tables;
import org.shanhai.common.testing.Tokens;
import org.shanhai.metrics.support.MetricsFixture;

/** Completeness over two recipients of a county of their own: who reported what, who submitted. */
@QuarkusTest
class CompletenessTest {

    @Test
    void eachRecipientWithWhatItHasNotReported() throws Exception {
        // a county no other test uses (Xinjiang's 65xx), so the report holds exactly these two
        String county = "65" + (10 + ThreadLocalRandom.current().nextInt(80)) + "2" + ThreadLocalRandom.current().nextInt(10);
        MetricsFixture a = MetricsFixture.announce(county, "甲县人民医院");
        MetricsFixture b = MetricsFixture.announce(county, "乙县人民医院");
        JsonPath catalogue = as(Tokens.role("VIEWER")).get("/api/v1/indicators?source=REPORTED&size=200").jsonPath();
        int expected = (int) catalogue.getList("items.aggregation", String.class).stream().filter(x -> !"RATIO".equals(x)).count();

        // a reports every expected indicator for 2025 (one yearly value, or twelve months of surgeries)
        for (String code : catalogue.getList("items.findAll { it.aggregation != 'RATIO' }.code", String.class)) {
            if ("SURGERIES".equals(code)) {
                for (int m = 1; m <= 12; m++) {
                    as(a.reporter()).body(Map.of("value", 10)).put("/api/v1/institutions/" + a.county + "/observations/"
                            + code + "/" + String.format("2025-%02d", m)).then().statusCode(201);
                }
            } else {
                as(a.reporter()).body(Map.of("value", 1)).put("/api/v1/institutions/" + a.county + "/observations/" + code
                        + "/2025").then().statusCode(201);
            }
        }
        as(a.reporter()).post("/api/v1/institutions/" + a.county + "/approvals/2025/submit").then().statusCode(200);
        // b reports seven months of surgeries only
        for (int m = 1; m <= 7; m++) {
            as(b.reporter()).body(Map.of("value", 10)).put("/api/v1/institutions/" + b.county + "/observations/SURGERIES/"
                    + String.format("2025-%02d", m)).then().statusCode(201);
        }

        JsonPath r = as(Tokens.provinceAdmin("65")).get("/api/v1/reports/completeness?period=2025&divisionCode=" + county)
                .then().statusCode(200).body("institutions", equalTo(2)).body("complete", equalTo(1))
                .body("submitted", equalTo(1)).body("approved", equalTo(0)).body("reportingRatePercent", equalTo(50.0f))
                .extract().jsonPath();
        // least complete first
        assertEquals(b.county.toString(), r.getString("items[0].institutionId"));
        assertEquals("DRAFT", r.getString("items[0].state"));
        assertEquals(expected, r.getInt("items[0].expected"));
        assertEquals(expected, r.getList("items[0].missing").size());
        Map<String, Object> surgeries = r.getMap("items[0].missing.find { it.indicator == 'SURGERIES' }");
        assertEquals("PARTIAL", surgeries.get("status"));
        assertEquals("7 of 12 months", surgeries.get("detail"));
        assertEquals(a.county.toString(), r.getString("items[1].institutionId"));
        assertEquals("SUBMITTED", r.getString("items[1].state"));
        assertEquals(List.of(), r.getList("items[1].missing"));
        assertEquals(100.0f, r.getFloat("items[1].completenessPercent"));

        // a quarter of the same data: b's first quarter is complete for surgeries
        as(Tokens.role("VIEWER")).get("/api/v1/reports/completeness?period=2025Q1&divisionCode=" + county).then()
                .body("items.find { it.institutionId == '" + b.county + "' }.missing.indicator",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("SURGERIES")));
        // the file to call from
        byte[] xlsx = io.restassured.RestAssured.given().auth().oauth2(Tokens.role("VIEWER")).accept(Tables.XLSX)
                .get("/api/v1/reports/completeness?period=2025&divisionCode=" + county).then().statusCode(200)
                .extract().asByteArray();
        Table t = Tables.read(xlsx, Tables.XLSX, 100);
        assertEquals(2, t.rows().size());
        assertTrue(t.rows().get(0).get("未报指标 missing").contains("手术台次(SURGERIES) 7 of 12 months"));

        as(Tokens.role("VIEWER")).get("/api/v1/reports/completeness?period=2022..2024").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        as(Tokens.role("VIEWER")).get("/api/v1/reports/completeness?period=2025&divisionCode=99").then().statusCode(400)
                .body("errors[0].field", equalTo("divisionCode"));
        as(Tokens.role("VIEWER")).get("/api/v1/reports/completeness").then().statusCode(400);
    }
}
