package org.shanhai.programme.team;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shanhai.programme.Fixtures.admin;
import static org.shanhai.programme.Fixtures.as;
import static org.shanhai.programme.Fixtures.institution;
import static org.shanhai.programme.Fixtures.programme;
import static org.shanhai.programme.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.Tokens;

/** Batches, experts, assignments, workstations, resource inputs and the compliance report. */
@QuarkusTest
class TeamResourceTest extends TeamFixture {

    @Test
    void batchesAreNumberedAndStayInsideTheProgramme() {
        admin().body(Map.of("startDate", "2021-07-01", "endDate", "2022-07-31")).post(base + "/batches").then()
                .statusCode(201).body("sequence", equalTo(1)).header("ETag", "\"0\"");
        admin().body(Map.of("startDate", "2022-08-01")).post(base + "/batches").then().body("sequence", equalTo(2));
        admin().body(Map.of("sequence", 2, "startDate", "2023-08-01")).post(base + "/batches").then()
                .statusCode(409).body("errors[0].field", equalTo("sequence"));
        admin().body(Map.of("startDate", "2020-01-01")).post(base + "/batches").then()
                .statusCode(400).body("errors[0].field", equalTo("startDate"));
        admin().body(Map.of("startDate", "2025-01-01", "endDate", "2027-01-01")).post(base + "/batches").then()
                .statusCode(400).body("errors[0].field", equalTo("endDate"));
        admin().body(Map.of("startDate", "2025-01-01", "leaderExpertId", UUID.randomUUID())).post(base + "/batches")
                .then().statusCode(400).body("errors[0].field", equalTo("leaderExpertId"));
        as(Tokens.role("VIEWER")).get(base + "/batches?sort=-sequence").then().statusCode(200)
                .body("items.sequence", equalTo(List.of(2, 1)));
        admin().get("/api/v1/programmes/" + UUID.randomUUID() + "/batches").then().statusCode(404);
    }

    @Test
    void assignmentsPostExpertsToRecipientsWithoutOverlap() {
        String b1 = batch("2021-07-01", "2022-07-31");
        String doctor = expert("彭瀚", xinhua, "CHIEF_PHYSICIAN");
        var created = admin().body(assignment(b1, doctor, yanjin, "TEAM_LEADER", "EXECUTIVE_VICE_PRESIDENT"))
                .post(base + "/assignments");
        created.then().statusCode(201)
                .body("startDate", equalTo("2021-07-01")).body("endDate", equalTo("2022-07-31"))
                .body("roles", equalTo(List.of("TEAM_LEADER", "EXECUTIVE_VICE_PRESIDENT")));
        String first = created.path("id");

        // not a recipient; batch of another programme; unknown expert; outside the batch
        admin().body(assignment(b1, doctor, ruijin, "MEMBER")).post(base + "/assignments").then().statusCode(400)
                .body("errors[0].field", equalTo("institutionId"));
        Map<String, Object> late = assignment(b1, expert("廖春雁", xinhua, null), yanjin, "MEMBER");
        late.put("endDate", "2022-09-01");
        admin().body(late).post(base + "/assignments").then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        admin().body(assignment(b1, UUID.randomUUID().toString(), yanjin, "MEMBER")).post(base + "/assignments").then()
                .statusCode(400).body("errors[0].field", equalTo("expertId"));
        admin().body(Map.of("batchId", b1, "expertId", doctor, "institutionId", yanjin, "roles", List.of()))
                .post(base + "/assignments").then().statusCode(400).body("errors.field", hasItem("roles"));

        // the same expert cannot be in two places at once, even in another programme
        Map<String, Object> other = programme(uniqueCode("OTHER"), ruijin, List.of(), List.of(township));
        String otherId = admin().body(other).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String otherBatch = admin().body(Map.of("startDate", "2022-01-01", "endDate", "2022-12-31"))
                .post("/api/v1/programmes/" + otherId + "/batches").then().statusCode(201).extract().path("id");
        admin().body(assignment(otherBatch, doctor, township, "MEMBER"))
                .post("/api/v1/programmes/" + otherId + "/assignments").then().statusCode(409)
                .body("detail", containsString(first));
        Map<String, Object> after = assignment(otherBatch, doctor, township, "MEMBER");
        after.put("startDate", "2022-08-01");
        admin().body(after).post("/api/v1/programmes/" + otherId + "/assignments").then().statusCode(201);

        // the leader must be assigned in the batch, and cannot then be removed
        String batchBody = "{\"startDate\":\"2021-07-01\",\"endDate\":\"2022-07-31\",\"leaderExpertId\":\"" + doctor + "\"}";
        admin().body(batchBody).put(base + "/batches/" + b1).then().statusCode(200).body("leaderExpertId", equalTo(doctor));
        admin().get(base + "/batches/" + b1 + "/history").then()
                .body("items.type", equalTo(List.of("batch.created", "batch.updated")))
                .body("items[1].changes.leaderExpertId.old", nullValue())
                .body("items[1].changes.leaderExpertId.value", equalTo(doctor));
        admin().delete(base + "/assignments/" + first).then().statusCode(409);

        admin().get(base + "/assignments?on=2022-01-15").then().body("items.id", equalTo(List.of(first)));
        admin().get(base + "/assignments?on=2023-01-15").then().body("totalItems", equalTo(0));
    }

    @Test
    void assignmentEventsInOrderAndEndedStaysInHistory() throws Exception {
        String b1 = batch("2021-07-01", "2022-07-31");
        String nurse = expert("陈觅", xinhua, "NURSE_IN_CHARGE");
        String id = admin().body(assignment(b1, nurse, yanjin, "MEMBER")).post(base + "/assignments").then()
                .statusCode(201).extract().path("id");
        admin().header("If-Match", "\"0\"").body(assignment(b1, nurse, township, "SECONDED_TOWNSHIP_DIRECTOR"))
                .put(base + "/assignments/" + id).then().statusCode(200).header("ETag", "\"1\"");
        admin().header("If-Match", "\"0\"").delete(base + "/assignments/" + id).then().statusCode(412);
        admin().header("If-Match", "\"1\"").delete(base + "/assignments/" + id).then().statusCode(204);
        admin().get(base + "/assignments/" + id).then().statusCode(404);
        admin().get(base + "/assignments/" + id + "/history").then()
                .body("items.type", equalTo(List.of("assignment.started", "assignment.updated", "assignment.ended")))
                .body("items[1].changes.institutionId.value", equalTo(township));

        List<ConsumerRecord<String, String>> events = EventTap.read("programme.events",
                r -> programmeId.equals(r.key()), seen -> seen.size() >= 5, Duration.ofSeconds(20));
        assertEquals(List.of("programme.registered", "batch.created", "assignment.started", "assignment.updated",
                "assignment.ended"), events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(Set.of(), EventContract.violations(EventTap.header(e, "ce_type"), e.value()), e.value());
        }
    }

    @Test
    void workstationsAndInputsKeepExactMoney() throws Exception {
        String lead = expert("冉利梅", xinhua, "ASSOCIATE_CHIEF_PHYSICIAN");
        admin().body(Map.of("name", "神经外科专家工作站", "kind", "EXPERT", "institutionId", yanjin,
                "department", "04.02", "leadExpertId", lead, "establishedDate", "2022-03-01"))
                .post(base + "/workstations").then().statusCode(201).body("kind", equalTo("EXPERT"));
        admin().body(Map.of("name", "X", "kind", "DOCTORAL", "institutionId", xinhua, "establishedDate", "2022-03-01"))
                .post(base + "/workstations").then().statusCode(400).body("errors[0].field", equalTo("institutionId"));
        admin().get(base + "/workstations").then().body("items", hasSize(1));
        String ws = admin().get(base + "/workstations").then().extract().path("items[0].id");
        admin().get(base + "/workstations/" + ws).then().statusCode(200).body("name", equalTo("神经外科专家工作站"));
        admin().get(base + "/workstations/" + ws + "/history").then().body("items[0].type", equalTo("workstation.established"))
                .body("items[0].actor", equalTo("test-national-admin"));
        admin().get(base + "/workstations/" + UUID.randomUUID()).then().statusCode(404);

        admin().body("{\"kind\":\"FUNDS\",\"amount\":20021500.15,\"source\":\"上海市对口支援资金\",\"date\":\"2023-12-01\","
                        + "\"institutionId\":\"" + yanjin + "\"}")
                .post(base + "/resource-inputs").then().statusCode(201)
                .body("amount", equalTo("20021500.15")).body("currency", equalTo("CNY"));
        admin().body("{\"kind\":\"EQUIPMENT\",\"amount\":\"1800000\",\"date\":\"2023-05-01\",\"institutionId\":\"" + yanjin
                        + "\",\"description\":\"眼科设备\"}")
                .post(base + "/resource-inputs").then().statusCode(201).body("amount", equalTo("1800000.00"));
        admin().body("{\"kind\":\"FUNDS\",\"amount\":0.001,\"date\":\"2023-12-01\",\"institutionId\":\"" + yanjin + "\"}")
                .post(base + "/resource-inputs").then().statusCode(400).body("errors.field", hasItem("amount"));
        admin().body("{\"kind\":\"FUNDS\",\"amount\":-5,\"date\":\"2023-12-01\",\"institutionId\":\"" + yanjin + "\"}")
                .post(base + "/resource-inputs").then().statusCode(400).body("errors.field", hasItem("amount"));
        admin().get(base + "/resource-inputs?kind=FUNDS").then().body("items.amount", equalTo(List.of("20021500.15")));
        String funds = admin().get(base + "/resource-inputs?kind=FUNDS").then().extract().path("items[0].id");
        admin().get(base + "/resource-inputs/" + funds + "/history").then()
                .body("items[0].type", equalTo("resource-input.recorded"))
                .body("items[0].state.amount", equalTo("20021500.15"));
        admin().get(base + "/resource-inputs?from=2023-06-01&sort=-amount").then().body("totalItems", equalTo(1));
    }

    @Test
    void complianceWarnsButNeverBlocks() {
        String b1 = batch("2021-07-01", "2022-07-31");
        String b2 = batch("2022-08-01", "2022-12-31");
        String chief = expert("A", xinhua, "CHIEF_PHYSICIAN");
        admin().body(assignment(b1, chief, yanjin, "TEAM_LEADER")).post(base + "/assignments").then().statusCode(201);
        for (int n = 0; n < 4; n++) {
            admin().body(assignment(b1, expert("M" + n, ruijin, "ATTENDING_PHYSICIAN"), yanjin, "MEMBER"))
                    .post(base + "/assignments").then().statusCode(201);
        }
        admin().body(assignment(b2, expert("B", xinhua, "RESIDENT_PHYSICIAN"), township, "MEMBER"))
                .post(base + "/assignments").then().statusCode(201);
        as(Tokens.role("VIEWER")).get(base + "/compliance").then().statusCode(200)
                .body("batches[0].teamSize", equalTo(5))
                .body("batches[0].associateSeniorOrAbove", equalTo(1))
                .body("batches[0].warnings", hasSize(0))
                .body("batches[1].teamSize", equalTo(1))
                .body("batches[1].warnings.rule", hasItems("TEAM_SIZE", "SENIOR_TITLE", "ON_SITE_ONE_YEAR", "TEAM_LEADER"))
                .body("warningCount", equalTo(4));
    }

    @Test
    void roleMatrixForTeams() {
        String b1 = batch("2021-07-01", "2022-07-31");
        String leadManager = Tokens.of("PROGRAMME_MANAGER", UUID.fromString(xinhua), null);
        String partnerManager = Tokens.of("PROGRAMME_MANAGER", UUID.fromString(ruijin), null);
        String recipientManager = Tokens.of("PROGRAMME_MANAGER", UUID.fromString(yanjin), null);
        String reporter = Tokens.of("HOSPITAL_REPORTER", UUID.fromString(yanjin), null);
        Map<String, Object> batch = Map.of("startDate", "2023-01-01");

        // batches: lead and partner managers, the province of the primary recipient, national
        as(leadManager).body(batch).post(base + "/batches").then().statusCode(201);
        as(partnerManager).body(Map.of("startDate", "2024-01-01")).post(base + "/batches").then().statusCode(201);
        as(Tokens.provinceAdmin("53")).body(Map.of("startDate", "2025-01-01")).post(base + "/batches").then().statusCode(201);
        for (String refused : List.of(recipientManager, reporter, Tokens.role("VIEWER"), Tokens.role("SERVICE_CLIENT"),
                Tokens.provinceAdmin("31"))) {
            as(refused).body(Map.of("startDate", "2025-06-01")).post(base + "/batches").then().statusCode(403);
        }
        as(reporter).get(base + "/batches").then().statusCode(200).body("totalItems", equalTo(4));

        // experts: a manager registers its own institution's experts only
        String own = as(leadManager).body(Map.of("name", "本院专家", "homeInstitutionId", xinhua)).post("/api/v1/experts")
                .then().statusCode(201).extract().path("id");
        as(leadManager).body(Map.of("name", "别院专家", "homeInstitutionId", yanjin)).post("/api/v1/experts").then()
                .statusCode(403);
        as(Tokens.role("VIEWER")).body(Map.of("name", "x", "homeInstitutionId", xinhua)).post("/api/v1/experts").then()
                .statusCode(403);

        // assignments, workstations, inputs
        as(leadManager).body(assignment(b1, own, yanjin, "MEMBER")).post(base + "/assignments").then().statusCode(201);
        String other = expert("另一位", xinhua, null);
        as(recipientManager).body(assignment(b1, other, yanjin, "MEMBER")).post(base + "/assignments").then()
                .statusCode(403);
        as(reporter).body(Map.of("name", "W", "kind", "EXPERT", "institutionId", yanjin, "establishedDate", "2022-01-01"))
                .post(base + "/workstations").then().statusCode(403);
        as(partnerManager).body(Map.of("name", "W", "kind", "EXPERT", "institutionId", yanjin, "establishedDate", "2022-01-01"))
                .post(base + "/workstations").then().statusCode(201);
        String input = "{\"kind\":\"FUNDS\",\"amount\":100,\"date\":\"2023-12-01\",\"institutionId\":\"" + yanjin + "\"}";
        as(recipientManager).body(input).post(base + "/resource-inputs").then().statusCode(403);
        as(leadManager).body(input).post(base + "/resource-inputs").then().statusCode(201);

        // changes and removals follow the same rules
        String assignmentId = admin().get(base + "/assignments").then().extract().path("items[0].id");
        as(recipientManager).body(assignment(b1, own, township, "MEMBER")).put(base + "/assignments/" + assignmentId)
                .then().statusCode(403);
        as(reporter).delete(base + "/assignments/" + assignmentId).then().statusCode(403);
        as(recipientManager).body(Map.of("startDate", "2021-07-01", "endDate", "2022-07-31", "leaderExpertId", own))
                .put(base + "/batches/" + b1).then().statusCode(403);
        as(partnerManager).body(Map.of("name", "瑞金改的名", "homeInstitutionId", xinhua)).put("/api/v1/experts/" + own)
                .then().statusCode(403);
        admin().get("/api/v1/experts/" + own).then().body("name", equalTo("本院专家")).body("version", equalTo(0));
        as(leadManager).body(Map.of("name", "改名", "homeInstitutionId", xinhua)).put("/api/v1/experts/" + own)
                .then().statusCode(200);

        // nothing was written by a refused request
        admin().get(base + "/assignments").then().body("totalItems", equalTo(1))
                .body("items[0].institutionId", equalTo(yanjin)).body("items[0].version", equalTo(0));
        admin().get(base + "/workstations").then().body("totalItems", equalTo(1));
        admin().get(base + "/resource-inputs").then().body("totalItems", equalTo(1));
        admin().get("/api/v1/experts?q=别院专家").then().body("totalItems", equalTo(0));
        admin().get(base + "/batches/" + b1).then().body("leaderExpertId", nullValue());
    }
}
