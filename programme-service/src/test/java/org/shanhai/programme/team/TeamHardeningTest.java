package org.shanhai.programme.team;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.shanhai.programme.Fixtures.admin;
import static org.shanhai.programme.Fixtures.as;
import static org.shanhai.programme.Fixtures.institution;
import static org.shanhai.programme.Fixtures.programme;
import static org.shanhai.programme.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.Tokens;

/** Who may post whom, one programme's ids in another's paths, and the team rules the first review found untested. */
@QuarkusTest
class TeamHardeningTest extends TeamFixture {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aManagerCannotPostAnExpertOfAnotherHospital() {
        String huashan = institution("华山医院", "310106", "TERTIARY_HOSPITAL");
        String outsider = expert("外院专家", huashan, "CHIEF_PHYSICIAN");
        String partnerExpert = expert("瑞金专家", ruijin, "CHIEF_PHYSICIAN");
        String b1 = batch("2021-07-01", "2022-07-31");
        String leadManager = Tokens.of("PROGRAMME_MANAGER", UUID.fromString(xinhua), null);

        as(leadManager).body(assignment(b1, outsider, yanjin, "MEMBER")).post(base + "/assignments").then()
                .statusCode(403).contentType(PROBLEM).body("detail", containsString(huashan));
        as(leadManager).body(Map.of("name", "借来的工作站", "kind", "EXPERT", "institutionId", yanjin,
                "leadExpertId", outsider, "establishedDate", "2022-01-01")).post(base + "/workstations").then()
                .statusCode(403);
        // nothing stored, and the expert's calendar is still free
        admin().get(base + "/assignments?expertId=" + outsider).then().body("totalItems", equalTo(0));
        admin().get(base + "/workstations").then().body("totalItems", equalTo(0));

        // the lead's and the partners' experts are the programme's own
        String own = as(leadManager).body(assignment(b1, partnerExpert, yanjin, "MEMBER")).post(base + "/assignments")
                .then().statusCode(201).extract().path("id");
        // a PUT cannot swap in a borrowed expert either
        as(leadManager).body(assignment(b1, outsider, yanjin, "MEMBER")).put(base + "/assignments/" + own).then()
                .statusCode(403);
        admin().get(base + "/assignments/" + own).then().body("expertId", equalTo(partnerExpert)).body("version", equalTo(0));

        // the province of the primary recipient, and the national administrator, may post anyone
        as(Tokens.provinceAdmin("53")).body(assignment(b1, outsider, yanjin, "MEMBER")).post(base + "/assignments")
                .then().statusCode(201);
        String another = expert("另一位外院专家", huashan, null);
        admin().body(assignment(b1, another, township, "MEMBER")).post(base + "/assignments").then().statusCode(201);
    }

    @Test
    void anotherProgrammesIdsAreUnknownHereAndItsManagerIsRefused() {
        String huashan = institution("华山医院", "310106", "TERTIARY_HOSPITAL");
        String other = institution("另一县医院", "522728", "COUNTY_HOSPITAL");
        String otherId = admin().body(programme(uniqueCode("OTHER"), huashan, List.of(), List.of(other)))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String otherBase = "/api/v1/programmes/" + otherId;
        String otherBatch = admin().body(Map.of("startDate", "2021-07-01")).post(otherBase + "/batches").then()
                .statusCode(201).extract().path("id");
        String otherExpert = expert("华山专家", huashan, null);
        String otherAssignment = admin().body(assignment(otherBatch, otherExpert, other, "MEMBER"))
                .post(otherBase + "/assignments").then().statusCode(201).extract().path("id");
        String otherStation = admin().body(Map.of("name", "W", "kind", "EXPERT", "institutionId", other,
                "establishedDate", "2022-01-01")).post(otherBase + "/workstations").then().statusCode(201)
                .extract().path("id");
        String otherInput = admin().body("{\"kind\":\"FUNDS\",\"amount\":\"10.00\",\"date\":\"2023-01-01\","
                + "\"institutionId\":\"" + other + "\"}").post(otherBase + "/resource-inputs").then().statusCode(201)
                .extract().path("id");

        // programme B's records through programme A's paths: unknown
        for (String path : List.of("/batches/" + otherBatch, "/batches/" + otherBatch + "/history",
                "/assignments/" + otherAssignment, "/assignments/" + otherAssignment + "/history",
                "/workstations/" + otherStation, "/workstations/" + otherStation + "/history",
                "/resource-inputs/" + otherInput, "/resource-inputs/" + otherInput + "/history")) {
            admin().get(base + path).then().statusCode(404).contentType(PROBLEM);
        }
        admin().body(Map.of("startDate", "2021-07-01")).put(base + "/batches/" + otherBatch).then().statusCode(404);
        admin().body(assignment(otherBatch, otherExpert, other, "MEMBER")).put(base + "/assignments/" + otherAssignment)
                .then().statusCode(404);
        admin().delete(base + "/assignments/" + otherAssignment).then().statusCode(404);
        // and in A's bodies: B's batch and B's recipient are refused, naming the field
        String ownBatch = batch("2021-07-01", null);
        String ownExpert = expert("新华专家", xinhua, null);
        admin().body(assignment(otherBatch, ownExpert, yanjin, "MEMBER")).post(base + "/assignments").then()
                .statusCode(400).body("errors.field", hasItem("batchId"));
        admin().body(assignment(ownBatch, ownExpert, other, "MEMBER")).post(base + "/assignments").then()
                .statusCode(400).body("errors.field", hasItem("institutionId"));
        admin().body("{\"kind\":\"FUNDS\",\"amount\":\"10.00\",\"date\":\"2023-01-01\",\"institutionId\":\"" + other
                + "\"}").post(base + "/resource-inputs").then().statusCode(400).body("errors[0].field", equalTo("institutionId"));

        // A's manager writing to B: 403
        String leadManager = Tokens.of("PROGRAMME_MANAGER", UUID.fromString(xinhua), null);
        as(leadManager).body(Map.of("startDate", "2022-01-01")).post(otherBase + "/batches").then().statusCode(403);
        as(leadManager).body(Map.of("startDate", "2021-08-01")).put(otherBase + "/batches/" + otherBatch).then()
                .statusCode(403);
        as(leadManager).delete(otherBase + "/assignments/" + otherAssignment).then().statusCode(403);

        // nothing of B changed
        admin().get(otherBase + "/batches").then().body("totalItems", equalTo(1)).body("items[0].version", equalTo(0))
                .body("items[0].startDate", equalTo("2021-07-01"));
        admin().get(otherBase + "/assignments/" + otherAssignment).then().statusCode(200).body("version", equalTo(0));
        admin().get(base + "/assignments").then().body("totalItems", equalTo(0));
    }

    @Test
    void historyOfAnUnknownAssignmentIsNotFound() {
        admin().get(base + "/assignments/" + UUID.randomUUID() + "/history").then().statusCode(404).contentType(PROBLEM);
        admin().get("/api/v1/programmes/" + UUID.randomUUID() + "/assignments/" + UUID.randomUUID() + "/history").then()
                .statusCode(404);
    }

    @Test
    void batchRules() {
        String b1 = batch("2021-07-01", "2022-07-31");
        String doctor = expert("医生", xinhua, null);
        admin().body(assignment(b1, doctor, yanjin, "MEMBER")).post(base + "/assignments").then().statusCode(201);
        // a batch outside the programme (which ends 2026-06-30), and one shrunk past its assignments
        admin().body(Map.of("startDate", "2026-07-01")).post(base + "/batches").then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        admin().header("Accept-Language", "en").body(Map.of("startDate", "2021-07-01", "endDate", "2022-01-31"))
                .put(base + "/batches/" + b1).then().statusCode(409).body("detail", containsString("outside the batch"));
        admin().get(base + "/batches/" + b1).then().body("endDate", equalTo("2022-07-31")).body("version", equalTo(0));
    }

    @Test
    void anOverlapCreatedByPutIsAConflict() {
        String b1 = batch("2021-07-01", "2022-07-31");
        String b2 = batch("2022-08-01", "2023-07-31");
        String doctor = expert("医生", xinhua, null);
        admin().body(assignment(b1, doctor, yanjin, "MEMBER")).post(base + "/assignments").then().statusCode(201);
        String second = admin().body(assignment(b2, doctor, yanjin, "MEMBER")).post(base + "/assignments").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> earlier = assignment(b1, doctor, township, "MEMBER");
        admin().body(earlier).put(base + "/assignments/" + second).then().statusCode(409)
                .body("errors[0].field", equalTo("startDate"));
        admin().get(base + "/assignments/" + second).then().body("batchId", equalTo(b2)).body("version", equalTo(0));
    }

    @Test
    void moneyIsExactToTheCent() {
        String body = "{\"kind\":\"FUNDS\",\"amount\":%s,\"date\":\"2023-12-01\",\"institutionId\":\"" + yanjin + "\"}";
        // a third decimal, however small, is refused: it is not silently rounded away as a double would be
        admin().body(body.formatted("100.0000000000000001")).post(base + "/resource-inputs").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        admin().body(body.formatted("0.01")).post(base + "/resource-inputs").then().statusCode(201)
                .body("amount", equalTo("0.01"));
        admin().get(base + "/resource-inputs").then().body("items.amount", equalTo(List.of("0.01")));
    }
}
