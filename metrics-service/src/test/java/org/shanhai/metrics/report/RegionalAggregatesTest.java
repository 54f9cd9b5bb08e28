package org.shanhai.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shanhai.metrics.support.MetricsFixture.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shanhai.common.codes.DivisionCodes;
import org.shanhai.common.testing.Tokens;
import org.shanhai.metrics.support.MetricsFixture;

/**
 * The county retention rate over a province's recipients: by prefecture the ratio of the summed parts
 * (86.3636, not the 70 an average of the hospitals' 90 and 50 would give), a hospital with only a
 * reported rate counted apart, then by county and by institution; a count adds up.
 */
@QuarkusTest
class RegionalAggregatesTest {

    @Test
    void ratesAreRatiosOfSummedPartsNeverAveragesOfRates() throws Exception {
        // a province no other test uses, so its recipients are this test's
        List<String> provinces = List.of("15", "21", "22", "23", "62", "63", "64");
        String province = provinces.get(ThreadLocalRandom.current().nextInt(provinces.size()));
        // two of its prefectures with two counties or more, chosen at random (a test database kept between runs
        // then rarely holds an earlier run's recipients in them)
        List<DivisionCodes.Division> prefectures = new java.util.ArrayList<>(DivisionCodes.children(province).stream()
                .filter(d -> DivisionCodes.children(d.prefix()).size() >= 2).toList());
        java.util.Collections.shuffle(prefectures);
        DivisionCodes.Division a = prefectures.get(0);
        DivisionCodes.Division b = prefectures.get(1);
        String a1 = DivisionCodes.children(a.prefix()).get(0).code();
        String a2 = DivisionCodes.children(a.prefix()).get(1).code();
        String b1 = DivisionCodes.children(b.prefix()).get(0).code();
        MetricsFixture x = MetricsFixture.announce(a1, "甲县人民医院");
        MetricsFixture y = MetricsFixture.announce(a2, "乙县人民医院");
        MetricsFixture z = MetricsFixture.announce(b1, "丙县人民医院");
        put(x, "COUNTY_VISITS_IN_COUNTY", 900, null);
        put(x, "COUNTY_VISITS_TOTAL", 1000, null);
        put(y, "COUNTY_VISITS_IN_COUNTY", 50, null);
        put(y, "COUNTY_VISITS_TOTAL", 100, null);
        put(z, "COUNTY_RETENTION_RATE", 80, "REPORTED_RATE");
        put(x, "SURGERIES", 10, null);
        put(y, "SURGERIES", 20, null);

        JsonPath byPrefecture = regions("COUNTY_RETENTION_RATE", province);
        assertEquals(DivisionCodes.name(province), byPrefecture.getString("divisionName"));
        Map<String, Object> inA = row(byPrefecture, a.code());
        assertEquals(List.of(a.name(), 2, 2, "86.3636", "950", "1100"), List.of(inA.get("name"), inA.get("institutions"),
                inA.get("reporting"), inA.get("value"), inA.get("numerator"), inA.get("denominator")));
        Map<String, Object> inB = row(byPrefecture, b.code());
        assertEquals(List.of(1, 0, 1), List.of(inB.get("institutions"), inB.get("reporting"), inB.get("reportedRatesLeftOut")));
        assertEquals(null, inB.get("value"), "a rate without its parts is not aggregated");
        // the province's total holds these three (and whatever else a kept test database has there)
        assertTrue(byPrefecture.getInt("total.institutions") >= 3);
        assertTrue(new java.math.BigDecimal(byPrefecture.getString("total.denominator")).intValue() >= 1100);

        JsonPath byCounty = regions("COUNTY_RETENTION_RATE", a.prefix());
        assertEquals(List.of(a1, a2), byCounty.getList("rows.code"));
        assertEquals(List.of("90", "50"), byCounty.getList("rows.value"));
        assertEquals("COUNTY", byCounty.getString("rows[0].level"));
        JsonPath byInstitution = regions("COUNTY_RETENTION_RATE", a1);
        assertEquals(List.of(x.county.toString()), byInstitution.getList("rows.code"));
        assertEquals("INSTITUTION", byInstitution.getString("rows[0].level"));

        assertEquals("30", row(regions("SURGERIES", province), a.code()).get("value"), "a count adds up");

        String csv = new String(as(Tokens.role("VIEWER")).accept("text/csv").get("/api/v1/reports/regions?indicator="
                + "COUNTY_RETENTION_RATE&period=2025&divisionCode=" + province).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(a.code() + "," + a.name() + ",PREFECTURE,2,2,86.36,950,1100,0,"), csv);
        as(Tokens.role("VIEWER")).get("/api/v1/reports/regions?indicator=COUNTY_RETENTION_RATE&period=2025&divisionCode=5")
                .then().statusCode(400);
    }

    static JsonPath regions(String indicator, String division) {
        return as(Tokens.role("VIEWER")).get("/api/v1/reports/regions?indicator=" + indicator + "&period=2025&divisionCode="
                + division).then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> row(JsonPath report, String code) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().filter(r -> code.equals(r.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + rows));
    }

    static void put(MetricsFixture f, String code, int value, String basis) {
        Map<String, Object> body = basis == null ? Map.of("value", value) : Map.of("value", value, "basis", basis);
        as(f.reporter()).body(body).put("/api/v1/institutions/" + f.county + "/observations/" + code + "/2025").then()
                .statusCode(201);
    }
}
