package org.shanhai.programme.team;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shanhai.programme.Fixtures.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;

/** Every programme-keyed event type of the contract is published once, keyed by the programme, and matches its schema. */
@QuarkusTest
class EventsPublishedTest extends TeamFixture {

    @Test
    void oneOfEachWithItsKeyAndSchema() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        admin().contentType("application/merge-patch+json").body("{\"name\": \"改过名的项目\"}").patch(base).then()
                .statusCode(200);
        String b1 = batch("2021-07-01", "2022-07-31");
        String doctor = expert("医生", xinhua, "CHIEF_PHYSICIAN");
        String a = admin().body(assignment(b1, doctor, yanjin, "TEAM_LEADER")).post(base + "/assignments").then()
                .statusCode(201).extract().path("id");
        admin().body(Map.of("startDate", "2021-07-01", "endDate", "2022-07-31", "leaderExpertId", doctor))
                .put(base + "/batches/" + b1).then().statusCode(200);
        admin().body(Map.of("name", "神经外科专家工作站", "kind", "EXPERT", "institutionId", yanjin, "leadExpertId", doctor,
                "establishedDate", "2022-03-01")).post(base + "/workstations").then().statusCode(201);
        admin().body("{\"kind\":\"FUNDS\",\"amount\":20021500.15,\"date\":\"2023-12-01\",\"institutionId\":\"" + yanjin + "\"}")
                .post(base + "/resource-inputs").then().statusCode(201);
        admin().body(Map.of("status", "ACTIVE", "reason", "开始")).post(base + "/status").then().statusCode(200);

        List<String> expected = List.of("programme.registered", "programme.updated", "batch.created",
                "assignment.started", "batch.updated", "workstation.established", "resource-input.recorded",
                "programme.status-changed");
        List<ConsumerRecord<String, String>> events = EventTap.read("programme.events", r -> programmeId.equals(r.key()),
                seen -> seen.size() >= expected.size(), Duration.ofSeconds(20));
        assertEquals(expected, events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(Set.of(), EventContract.violations(EventTap.header(e, "ce_type"), e.value()), e.value());
            assertEquals("/shanhai/programme-service", EventTap.header(e, "ce_source"));
        }
        var input = new ObjectMapper().readTree(events.get(6).value());
        assertTrue(input.get("amount").isTextual(), "money travels as a string: " + input);
        assertEquals("20021500.15", input.get("amount").asText());

        // the history says when, as well as who and what
        admin().get(base + "/assignments/" + a + "/history").then()
                .body("items[0].at", notNullValue())
                .body("items[0].actor", equalTo("test-national-admin"));
        String at = admin().get(base + "/assignments/" + a + "/history").then().extract().path("items[0].at");
        OffsetDateTime when = OffsetDateTime.parse(at);
        assertTrue(when.isAfter(before) && when.isBefore(OffsetDateTime.now().plusSeconds(5)), at);
    }
}
