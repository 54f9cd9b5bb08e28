package org.shanhai.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shanhai.metrics.support.MetricsFixture.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.Tokens;
import org.shanhai.metrics.support.MetricsFixture;

/**
 * Three programmes in one prefecture (a division of their own, so other tests' programmes stay out)
 * ranked by their primary recipients' county retention rate: by value, by change in percentage
 * points, best first, a programme without data last and unranked, paged, and as CSV.
 */
@QuarkusTest
class ProgrammeRankingTest {

    @Test
    void programmesRankByValueAndByChange() throws Exception {
        String prefecture = "46" + (10 + ThreadLocalRandom.current().nextInt(89));
        MetricsFixture a = MetricsFixture.announce(prefecture + "01", "甲县人民医院");
        MetricsFixture b = MetricsFixture.announce(prefecture + "02", "乙县人民医院");
        MetricsFixture c = MetricsFixture.announce(prefecture + "03", "丙县人民医院");
        MetricsFixture none = MetricsFixture.announce(prefecture + "04", "丁县人民医院");
        // 2024 → 2025: a 80 → 90 (+10 points), b 85 → 90 (+5 points, ties a on value), c 95 → 93 (−2 points)
        rate(a, "2024", 800, 1000);
        rate(a, "2025", 900, 1000);
        rate(b, "2024", 850, 1000);
        rate(b, "2025", 1800, 2000);
        rate(c, "2024", 950, 1000);
        rate(c, "2025", 930, 1000);

        JsonPath byValue = as(Tokens.role("VIEWER")).get("/api/v1/reports/programmes?indicator=COUNTY_RETENTION_RATE"
                + "&period=2025&divisionCode=" + prefecture).then().statusCode(200).extract().jsonPath();
        assertEquals(3, byValue.getInt("ranked"));
        assertEquals(4, byValue.getInt("totalItems"));
        List<String> order = byValue.getList("items.programmeId");
        assertEquals(c.programme.toString(), order.get(0));
        assertEquals(java.util.Set.of(a.programme.toString(), b.programme.toString()), java.util.Set.copyOf(order.subList(1, 3)),
                "a and b tie at 90 (b's from twice the visits)");
        assertEquals(none.programme.toString(), order.get(3), "no data: last");
        assertEquals(java.util.Arrays.asList(1, 2, 2, null), byValue.getList("items.rank"), "equal values share a rank");
        assertEquals(List.of("93", "90", "90"), byValue.getList("items.value").subList(0, 3));

        JsonPath byChange = as(Tokens.role("VIEWER")).get("/api/v1/reports/programmes?indicator=COUNTY_RETENTION_RATE"
                + "&period=2025&divisionCode=" + prefecture + "&by=change&size=2").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(a.programme.toString(), b.programme.toString()), byChange.getList("items.programmeId"));
        assertEquals(List.of("10", "5"), byChange.getList("items.changePoints"));
        assertEquals(List.of("IMPROVING", "IMPROVING"), byChange.getList("items.trend"));
        assertEquals(2, byChange.getInt("totalPages"));
        JsonPath second = as(Tokens.role("VIEWER")).get("/api/v1/reports/programmes?indicator=COUNTY_RETENTION_RATE"
                + "&period=2025&divisionCode=" + prefecture + "&by=change&size=2&page=1").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(c.programme.toString(), none.programme.toString()), second.getList("items.programmeId"));
        assertEquals("WORSENING", second.getString("items[0].trend"));
        assertEquals("-2", second.getString("items[0].changePoints"));

        String csv = new String(as(Tokens.role("VIEWER")).accept("text/csv").get("/api/v1/reports/programmes?"
                + "indicator=COUNTY_RETENTION_RATE&period=2025&divisionCode=" + prefecture).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(true, csv.contains("1,YN-M-"), csv);
        assertEquals(true, csv.contains("丙县人民医院"), csv);

        as(Tokens.role("VIEWER")).get("/api/v1/reports/programmes?indicator=NOPE&period=2025").then().statusCode(400);
        as(Tokens.role("VIEWER")).get("/api/v1/reports/programmes?indicator=COUNTY_RETENTION_RATE&period=2025&by=best")
                .then().statusCode(400);
        as(Tokens.role("VIEWER")).get("/api/v1/reports/programmes?indicator=COUNTY_RETENTION_RATE").then().statusCode(400);
    }

    static void rate(MetricsFixture f, String year, int inCounty, int total) {
        for (Map.Entry<String, Integer> e : Map.of("COUNTY_VISITS_IN_COUNTY", inCounty, "COUNTY_VISITS_TOTAL", total)
                .entrySet()) {
            as(f.reporter()).body(Map.of("value", e.getValue())).put("/api/v1/institutions/" + f.county + "/observations/"
                    + e.getKey() + "/" + year).then().statusCode(201);
        }
    }
}
