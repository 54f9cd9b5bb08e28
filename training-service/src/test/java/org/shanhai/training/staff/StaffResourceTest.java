package org.shanhai.training.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shanhai.common.events.contract.ProgrammeEvent;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.TestEvents;
import org.shanhai.common.testing.Tokens;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;

/** Local staff: who may see names, the read log, events without names, and the write rules. */
@QuarkusTest
class StaffResourceTest {

    static final String PATH = "/api/v1/staff";

    @Inject
    ProgrammeReferences registry;

    @Inject
    EntityManager em;

    UUID county;
    UUID lead;
    UUID stranger;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static Map<String, Object> staff(UUID institution, String name) {
        return Map.of("name", name, "institutionId", institution, "department", "04.02", "title", "住院医师");
    }

    static boolean known(UUID institution) {
        return given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + institution).statusCode() == 200;
    }

    @BeforeEach
    void aProgrammeWithARecipient() throws Exception {
        county = UUID.randomUUID();
        lead = UUID.randomUUID();
        stranger = UUID.randomUUID();
        for (UUID i : List.of(county, lead, stranger)) {
            TestEvents.send("programme.events", i.toString(), UUID.randomUUID(), "institution.registered",
                    TestEvents.institution(i, "医院-" + i, i == county ? "530623" : "310110", 0));
        }
        UUID programme = UUID.randomUUID();
        TestEvents.send("programme.events", programme.toString(), UUID.randomUUID(), ProgrammeEvent.REGISTERED,
                new ObjectMapper().writeValueAsString(new ProgrammeEvent(programme, "STAFF-" + programme.toString()
                        .substring(0, 6).toUpperCase(), "人员测试", "GROUP_ASSISTANCE", lead, List.of(),
                        List.of(new ProgrammeEvent.Recipient(county, true)), "2021-07-01", null, "ACTIVE", null,
                        List.of(), List.of(), 0, null)));
        // the institutions' events travel under their own keys (other partitions): wait for them too
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> registry.isRecipient(county)) && known(county) && known(lead) && known(stranger));
    }

    long logged(UUID staffId, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM staff_read_log WHERE actor = :actor AND staff_ids LIKE :id")
                .setParameter("actor", actor).setParameter("id", "%" + staffId + "%").getSingleResult()).longValue());
    }

    @Test
    void namesOnlyForThoseWhoMaySeeThemAndEveryReadIsLogged() {
        String id = as(Tokens.of("HOSPITAL_REPORTER", county, null)).body(staff(county, "李红")).post(PATH).then()
                .statusCode(201).body("name", equalTo("李红")).extract().path("id");

        // a viewer sees the record and the count, never the name, and nothing is logged for it
        as(Tokens.role("VIEWER")).get(PATH + "/" + id).then().statusCode(200).body("$", not(hasKey("name")))
                .body("department", equalTo("04.02"));
        as(Tokens.role("VIEWER")).get(PATH + "?institutionId=" + county).then().body("totalItems", equalTo(1))
                .body("items.name", everyItem(nullValue()));
        assertEquals(0, logged(UUID.fromString(id), "test-viewer"));
        // a manager of the supporting hospital, and one of a hospital that helps no programme of it
        as(Tokens.of("PROGRAMME_MANAGER", lead, null)).get(PATH + "/" + id).then().body("name", equalTo("李红"));
        as(Tokens.of("PROGRAMME_MANAGER", stranger, null)).get(PATH + "/" + id).then().body("$", not(hasKey("name")));
        as(Tokens.provinceAdmin("53")).get(PATH + "/" + id).then().body("name", equalTo("李红"));
        as(Tokens.provinceAdmin("52")).get(PATH + "/" + id).then().body("$", not(hasKey("name")));
        as(Tokens.of("HOSPITAL_REPORTER", stranger, null)).get(PATH + "/" + id).then().body("$", not(hasKey("name")));
        as(Tokens.role("SERVICE_CLIENT")).get(PATH + "?institutionId=" + county).then().body("items[0].name", equalTo("李红"));
        // who read the name, and when, is on record
        assertEquals(1, logged(UUID.fromString(id), "test-programme-manager"));
        assertEquals(1, logged(UUID.fromString(id), "test-service-client"));
        assertEquals(1, logged(UUID.fromString(id), "test-province-admin"));
    }

    @Test
    void eventsCarryNoNames() throws Exception {
        String reporter = Tokens.of("HOSPITAL_REPORTER", county, null);
        String id = as(reporter).body(staff(county, "王芳")).post(PATH).then().statusCode(201).extract().path("id");
        as(reporter).header("If-Match", "\"0\"").body(staff(county, "王芳芳")).put(PATH + "/" + id).then()
                .statusCode(200).body("name", equalTo("王芳芳"));
        List<ConsumerRecord<String, String>> events = EventTap.read("training.events",
                r -> ("staff/" + id).equals(EventTap.header(r, "ce_subject")), seen -> seen.size() >= 2,
                Duration.ofSeconds(20));
        assertEquals(List.of("staff.registered", "staff.updated"), events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> e : events) {
            assertFalse(e.value().contains("王芳"), e.value());
            assertEquals(county.toString(), e.key());
            assertEquals(Set.of(), EventContract.violations(EventTap.header(e, "ce_type"), e.value()), e.value());
        }
        assertTrue(events.get(1).value().contains("(withheld)"), events.get(1).value());
        // nor does the history
        String history = as(Tokens.nationalAdmin()).get(PATH + "/" + id + "/history").then().statusCode(200).extract().asString();
        assertFalse(history.contains("王芳"), history);
    }

    @Test
    void writeRules() {
        String own = Tokens.of("HOSPITAL_REPORTER", county, null);
        for (String refused : List.of(Tokens.of("HOSPITAL_REPORTER", lead, null), Tokens.role("VIEWER"),
                Tokens.role("SERVICE_CLIENT"), Tokens.of("PROGRAMME_MANAGER", lead, null), Tokens.provinceAdmin("52"))) {
            as(refused).body(staff(county, "不该登记")).post(PATH).then().statusCode(403);
        }
        as(Tokens.nationalAdmin()).get(PATH + "?institutionId=" + county).then().body("totalItems", equalTo(0));
        // unknown institution, or one no programme helps: 422 naming the field
        as(Tokens.nationalAdmin()).body(staff(UUID.randomUUID(), "某人")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("institutionId"));
        as(Tokens.nationalAdmin()).body(staff(lead, "某人")).post(PATH).then().statusCode(422);
        as(own).body(Map.of("institutionId", county, "department", "99")).post(PATH).then().statusCode(400);
        String id = as(own).body(staff(county, "张三")).post(PATH).then().statusCode(201).extract().path("id");
        as(Tokens.of("HOSPITAL_REPORTER", lead, null)).body(staff(county, "改名")).put(PATH + "/" + id).then().statusCode(403);
        as(own).body(staff(lead, "张三")).put(PATH + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("institutionId"));
        as(Tokens.nationalAdmin()).get(PATH + "/" + id).then().body("name", equalTo("张三")).body("version", equalTo(0));
    }
}
