package org.shanhai.metrics.approval;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shanhai.metrics.support.MetricsFixture.as;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.Tokens;
import org.shanhai.metrics.support.MetricsFixture;

/**
 * Data approval over a programme announced on programme.events: submission with the validation rules,
 * locking, approval by a supporting hospital's manager, un-approval, and each refused step.
 */
@QuarkusTest
class ApprovalResourceTest {

    MetricsFixture f;
    String values;
    String approval;

    @BeforeEach
    void aProgrammeWithARecipient() throws Exception {
        f = MetricsFixture.announce("530623", "盐津县人民医院");
        values = "/api/v1/institutions/" + f.county + "/observations/";
        approval = "/api/v1/institutions/" + f.county + "/approvals/2025";
    }

    void put(String code, String period, int value) {
        as(f.reporter()).body(Map.of("value", value)).put(values + code + "/" + period).then().statusCode(equalTo(
                201));
    }

    @Test
    void theFullWorkflowWithLockingAndEachRefusedStep() throws Exception {
        for (int m = 1; m <= 3; m++) {
            put("SURGERIES", "2025-0" + m, 120);
            put("SURGERIES_L34", "2025-0" + m, m == 2 ? 130 : 40); // February breaks numerator ≤ denominator
        }
        put("SURGERIES", "2026-01", 99);
        as(Tokens.role("VIEWER")).get(approval).then().statusCode(200).body("state", equalTo("DRAFT"))
                .body("version", nullValue());
        as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + f.county + "/validation?period=2025").then().statusCode(200)
                .body("violations.size()", equalTo(1)).body("violations[0].rule", equalTo("RATIO_SURGERY_L34_SHARE"))
                .body("violations[0].period", equalTo("2025-02")).body("violations[0].left", equalTo("130"))
                .body("violations[0].right", equalTo("120"));

        // submitted only by the institution's own reporter, and a violation needs an explanation
        as(Tokens.of("HOSPITAL_REPORTER", f.partner, null)).post(approval + "/submit").then().statusCode(403);
        as(f.partnerManager()).post(approval + "/submit").then().statusCode(403);
        as(Tokens.nationalAdmin()).post(approval + "/submit").then().statusCode(403);
        as(f.reporter()).post(approval + "/submit").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("comment"))
                .body("ruleViolations[0].period", equalTo("2025-02"));
        as(Tokens.role("VIEWER")).get(approval).then().body("state", equalTo("DRAFT"));
        as(f.reporter()).body(Map.of("comment", "2月新院区启用，三四级手术集中开展属实")).post(approval + "/submit").then()
                .statusCode(200).body("state", equalTo("SUBMITTED")).body("violations", equalTo(1))
                .body("comment", equalTo("2月新院区启用，三四级手术集中开展属实")).body("actedBy", equalTo("test-hospital-reporter"));
        as(f.reporter()).body(Map.of("comment", "again")).post(approval + "/submit").then().statusCode(409)
                .body("errors[0].field", equalTo("state"));
        // nobody outside returns it: another hospital's reporter, an unrelated manager, another province
        for (String outsider : List.of(Tokens.of("HOSPITAL_REPORTER", f.partner, null), f.strangerManager(),
                Tokens.provinceAdmin("52"), Tokens.role("VIEWER"))) {
            as(outsider).body(Map.of("reason", "不该我退")).post(approval + "/return").then().statusCode(403);
        }
        as(Tokens.role("VIEWER")).get(approval).then().body("state", equalTo("SUBMITTED"));

        // submitted values are locked: a change, a new value, a void and an import row are refused
        as(f.reporter()).body(Map.of("value", 121)).put(values + "SURGERIES/2025-03").then().statusCode(409)
                .body("errors[0].field", equalTo("period")).body("detail", containsString("SUBMITTED"));
        as(Tokens.nationalAdmin()).body(Map.of("value", 5)).put(values + "SURGERIES/2025-04").then().statusCode(409);
        as(f.reporter()).body(Map.of("value", 50)).put(values + "SURGERIES/2024..2025").then().statusCode(409);
        as(f.reporter()).body(Map.of("reason", "误填")).post(values + "SURGERIES/2025-03/void").then().statusCode(409);
        as(f.reporter()).body(Map.of("value", 120)).put(values + "SURGERIES/2025-03").then().statusCode(200)
                .body("version", equalTo(0)); // the same value again is not a change
        as(f.reporter()).body(Map.of("value", 100)).put(values + "SURGERIES/2026-01").then().statusCode(200);
        // an import changing the locked year in its first chunk of 5,000 values and in its second: both rows listed
        StringBuilder file = new StringBuilder("机构,指标,期间,数值\r\n" + f.county + ",SURGERIES,2026-02,80\r\n" + f.county
                + ",SURGERIES,2025-03,125\r\n");
        for (int m = 0; m < 5_100; m++) {
            file.append(f.county).append(",OUTPATIENT_EMERGENCY_VISITS,").append(2100 + m / 12).append('-')
                    .append(String.format("%02d", m % 12 + 1)).append(",1\r\n");
        }
        file.append(f.county).append(",SURGERIES,2025-05,7\r\n"); // data row 5,103: sheet row 5,104
        io.restassured.RestAssured.given().auth().oauth2(f.reporter()).contentType("text/csv").accept("application/json")
                .body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/observations/import").then()
                .statusCode(400).body("errors.row", equalTo(List.of(3, 5_104)))
                .body("errors[0].message", containsString("SUBMITTED")).body("errors[1].message", containsString("SUBMITTED"));
        as(Tokens.role("VIEWER")).get(values + "SURGERIES/2026-02").then().statusCode(404);

        // approved by a manager of a supporting hospital or the province's admin; not by others
        as(f.strangerManager()).post(approval + "/approve").then().statusCode(403);
        as(Tokens.provinceAdmin("52")).post(approval + "/approve").then().statusCode(403);
        as(f.reporter()).post(approval + "/approve").then().statusCode(403);
        as(Tokens.of("PROGRAMME_MANAGER", null, null)).post(approval + "/approve").then().statusCode(403);
        as(f.partnerManager()).post(approval + "/approve").then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("comment", equalTo("2月新院区启用，三四级手术集中开展属实"));
        as(Tokens.provinceAdmin("53")).post(approval + "/approve").then().statusCode(409);

        // reads of approved data only
        as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + f.county + "/observations?indicator=SURGERIES&approvedOnly=true")
                .then().body("totalItems", equalTo(3));
        as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + f.county
                + "/indicators/SURGERIES/series?from=2025&to=2026&approvedOnly=true").then().statusCode(200)
                .body("points[0].value", equalTo("360")).body("points[1].value", nullValue());
        as(Tokens.role("VIEWER")).get("/api/v1/approvals?year=2025&state=APPROVED&divisionCode=5306&size=200").then()
                .statusCode(200).body("items.institutionId", hasItem(f.county.toString()));
        as(Tokens.role("VIEWER")).get("/api/v1/approvals?divisionCode=5").then().statusCode(400)
                .body("errors[0].field", equalTo("divisionCode"));

        // un-approval only by NATIONAL_ADMIN or the province's admin, with a reason
        as(f.reporter()).body(Map.of("reason", "想改")).post(approval + "/return").then().statusCode(403);
        as(f.partnerManager()).body(Map.of("reason", "想改")).post(approval + "/return").then().statusCode(403);
        as(Tokens.provinceAdmin("53")).body(Map.of()).post(approval + "/return").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(Tokens.provinceAdmin("53")).body(Map.of("reason", "3月手术台次与病案首页不符，请核实")).post(approval + "/return")
                .then().statusCode(200).body("state", equalTo("DRAFT")).body("reason", equalTo("3月手术台次与病案首页不符，请核实"));
        as(Tokens.provinceAdmin("53")).body(Map.of("reason", "again")).post(approval + "/return").then().statusCode(409);
        as(f.reporter()).body(Map.of("value", 118)).put(values + "SURGERIES/2025-03").then().statusCode(200)
                .body("value", equalTo("118"));

        // a submission the reporter withdraws
        as(f.reporter()).body(Map.of("comment", "属实")).post(approval + "/submit").then().statusCode(200);
        as(f.reporter()).body(Map.of("reason", "漏报4月")).post(approval + "/return").then().statusCode(200)
                .body("state", equalTo("DRAFT"));

        as(Tokens.role("VIEWER")).get(approval + "/history").then().statusCode(200).body("items.size()", equalTo(5))
                .body("items[0].state.state", equalTo("SUBMITTED")).body("items[1].actor", equalTo("test-programme-manager"))
                .body("items[2].changes.state.old", equalTo("APPROVED")).body("items[2].changes.state.value", equalTo("DRAFT"));
        List<ConsumerRecord<String, String>> events = EventTap.read("metrics.events",
                r -> f.county.toString().equals(r.key()) && "observation.approval-changed".equals(EventTap.header(r, "ce_type")),
                seen -> seen.size() >= 5, Duration.ofSeconds(20));
        assertEquals(5, events.size());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(Set.of(), EventContract.violations("observation.approval-changed", e.value()), e.value());
        }
    }

    @Test
    void yearsAndInstitutionsAreChecked() {
        as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + f.county + "/approvals/25").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + java.util.UUID.randomUUID() + "/approvals/2025").then()
                .statusCode(404);
        as(Tokens.role("VIEWER")).get(approval + "/history").then().statusCode(404);
        // a submission without violations needs no comment
        as(f.reporter()).post(approval + "/submit").then().statusCode(200).body("violations", equalTo(0));
    }
}
