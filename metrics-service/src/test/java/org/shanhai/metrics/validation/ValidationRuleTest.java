package org.shanhai.metrics.validation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.shanhai.metrics.support.MetricsFixture.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.Tokens;
import org.shanhai.metrics.support.MetricsFixture;

/** Rules NATIONAL_ADMIN adds run beside the built-in ones, on request and on submission. */
@QuarkusTest
class ValidationRuleTest {

    @Test
    void anAddedRuleRunsUntilRetired() throws Exception {
        MetricsFixture f = MetricsFixture.announce("530623", "盐津县中医医院");
        String code = "EMERGENCY_WITHIN_" + f.county.toString().substring(0, 8).toUpperCase().replace('-', '_');
        code = code.replaceAll("[^A-Z0-9_]", "X");
        Map<String, Object> rule = Map.of("code", code, "name", "急诊人次不大于门急诊人次", "left", List.of("EMERGENCY_VISITS"),
                "operator", "LESS_OR_EQUAL", "right", List.of("OUTPATIENT_EMERGENCY_VISITS"));
        as(Tokens.provinceAdmin("53")).body(rule).post("/api/v1/validation-rules").then().statusCode(403);
        as(Tokens.nationalAdmin()).body(rule).post("/api/v1/validation-rules").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/validation-rules/" + code))
                .body("builtIn", equalTo(false));
        as(Tokens.nationalAdmin()).body(rule).post("/api/v1/validation-rules").then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
        // refused: a built-in code, units that differ, a ratio, an unknown indicator, an unknown operator
        as(Tokens.nationalAdmin()).body(Map.of("code", "RATIO_MINE", "name", "x", "left", List.of("SURGERIES"), "operator",
                "LESS_THAN", "right", List.of("SURGERIES"))).post("/api/v1/validation-rules").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        as(Tokens.nationalAdmin()).body(Map.of("code", "MIXED_UNITS", "name", "x", "left", List.of("SURGERIES"), "operator",
                "LESS_THAN", "right", List.of("CMI"))).post("/api/v1/validation-rules").then().statusCode(422)
                .body("errors[0].field", equalTo("right"));
        as(Tokens.nationalAdmin()).body(Map.of("code", "OF_A_RATIO", "name", "x", "left", List.of("SURGERY_L34_SHARE"),
                "operator", "LESS_THAN", "right", List.of("SURGERIES"))).post("/api/v1/validation-rules").then()
                .statusCode(422).body("errors[0].field", equalTo("left"));
        as(Tokens.nationalAdmin()).body(Map.of("code", "UNKNOWN_ONE", "name", "x", "left", List.of("NO_SUCH"),
                "operator", "LESS_THAN", "right", List.of("SURGERIES"))).post("/api/v1/validation-rules").then()
                .statusCode(422).body("errors[0].field", equalTo("left"));
        as(Tokens.nationalAdmin()).body(Map.of("code", "BAD_OPERATOR", "name", "x", "left", List.of("SURGERIES"),
                "operator", "ABOUT", "right", List.of("SURGERIES"))).post("/api/v1/validation-rules").then()
                .statusCode(400).body("errors[0].field", equalTo("operator"));

        String values = "/api/v1/institutions/" + f.county + "/observations/";
        as(f.reporter()).body(Map.of("value", 900)).put(values + "EMERGENCY_VISITS/2025Q1").then().statusCode(201);
        as(f.reporter()).body(Map.of("value", 800)).put(values + "OUTPATIENT_EMERGENCY_VISITS/2025Q1").then().statusCode(201);
        as(f.reporter()).body(Map.of("value", 100)).put(values + "EMERGENCY_VISITS/2025Q2").then().statusCode(201);
        String report = "/api/v1/institutions/" + f.county + "/validation?period=";
        String mine = "violations.findAll { it.rule == '" + code + "' }";
        as(Tokens.role("VIEWER")).get(report + "2025").then().statusCode(200).body(mine + ".size()", equalTo(1))
                .body(mine + "[0].period", equalTo("2025Q1")).body(mine + "[0].left", equalTo("900"))
                .body(mine + "[0].right", equalTo("800"));
        as(Tokens.role("VIEWER")).get(report + "2025Q2").then().body(mine + ".size()", equalTo(0));
        as(Tokens.role("VIEWER")).get(report + "2025Q5").then().statusCode(400).body("errors[0].field", equalTo("period"));
        as(Tokens.role("VIEWER")).get(report + "2022..2024").then().statusCode(400);

        as(Tokens.role("VIEWER")).get("/api/v1/validation-rules").then().statusCode(200)
                .body("code", hasItem("RATIO_SURGERY_L34_SHARE")).body("code", hasItem(code));
        as(Tokens.nationalAdmin()).post("/api/v1/validation-rules/RATIO_SURGERY_L34_SHARE/retire").then().statusCode(409);
        as(Tokens.nationalAdmin()).post("/api/v1/validation-rules/" + code + "/retire").then().statusCode(200)
                .body("retired", equalTo(true));
        as(Tokens.role("VIEWER")).get(report + "2025").then().body(mine + ".size()", equalTo(0));
        as(Tokens.role("VIEWER")).get("/api/v1/validation-rules").then().body("code", not(hasItem(code)));
        as(Tokens.role("VIEWER")).get("/api/v1/validation-rules?includeRetired=true").then().body("code", hasItem(code));
    }
}
