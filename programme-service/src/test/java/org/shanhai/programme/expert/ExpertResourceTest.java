package org.shanhai.programme.expert;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shanhai.programme.Fixtures.admin;
import static org.shanhai.programme.Fixtures.institution;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;

@QuarkusTest
class ExpertResourceTest {

    @Test
    void registersUpdatesAndKeepsHistory() throws Exception {
        String home = institution("贵州医科大学附属医院", "520102", "TERTIARY_HOSPITAL");
        String id = admin().body(Map.of("name", "彭瀚", "homeInstitutionId", home, "department", "04.02",
                        "title", "ASSOCIATE_CHIEF_PHYSICIAN", "degree", "DOCTORATE"))
                .post("/api/v1/experts").then().statusCode(201)
                .body("titleLevel", equalTo("ASSOCIATE_SENIOR")).extract().path("id");
        admin().header("If-Match", "\"0\"").body(Map.of("name", "彭瀚", "homeInstitutionId", home, "department", "04.02",
                        "title", "CHIEF_PHYSICIAN", "degree", "DOCTORATE"))
                .put("/api/v1/experts/" + id).then().statusCode(200).body("titleLevel", equalTo("SENIOR"));
        admin().get("/api/v1/experts/" + id + "/history").then()
                .body("items[1].changes.title.old", equalTo("ASSOCIATE_CHIEF_PHYSICIAN"))
                .body("items[1].changes.title.value", equalTo("CHIEF_PHYSICIAN"));
        admin().get("/api/v1/experts?homeInstitutionId=" + home + "&title=CHIEF_PHYSICIAN").then()
                .body("items.id", equalTo(List.of(id)));

        List<ConsumerRecord<String, String>> events = EventTap.read("programme.events",
                r -> ("expert/" + id).equals(EventTap.header(r, "ce_subject")), seen -> seen.size() >= 2,
                Duration.ofSeconds(20));
        assertEquals(List.of("expert.registered", "expert.updated"),
                events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(id, e.key(), "an expert's events are keyed by the expert");
            assertEquals(Set.of(), EventContract.violations(EventTap.header(e, "ce_type"), e.value()), e.value());
        }
    }

    @Test
    void validatesTitleDepartmentAndHome() {
        String home = institution("新华医院", "310110", "TERTIARY_HOSPITAL");
        admin().body(Map.of("name", "X", "homeInstitutionId", home, "title", "PROFESSOR")).post("/api/v1/experts").then()
                .statusCode(400).body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("CHIEF_PHYSICIAN"));
        admin().body(Map.of("name", "X", "homeInstitutionId", home, "department", "99")).post("/api/v1/experts").then()
                .statusCode(400).body("errors[0].field", equalTo("department"));
        admin().body(Map.of("name", "X", "homeInstitutionId", UUID.randomUUID())).post("/api/v1/experts").then()
                .statusCode(400).body("errors[0].field", equalTo("homeInstitutionId"));
        admin().body(Map.of("homeInstitutionId", home)).post("/api/v1/experts").then()
                .statusCode(400).body("errors.field", hasItem("name"));
    }
}
