package org.shanhai.training.exam;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
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

/** Exam results against the registry built from programme.events (sent here as programme-service would). */
@QuarkusTest
class ExamResultResourceTest {

    static final String PATH = "/api/v1/exam-results";
    static final String PROBLEM = "application/problem+json";

    @Inject
    ProgrammeReferences registry;

    UUID county;
    UUID lead;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static Map<String, Object> result(UUID institution, int year, int candidates, int passed) {
        return Map.of("institutionId", institution, "year", year, "examType", "PRACTISING_PHYSICIAN",
                "candidates", candidates, "passed", passed);
    }

    static boolean known(UUID institution) {
        return given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + institution).statusCode() == 200;
    }

    @BeforeEach
    void aRecipientKnownFromProgrammeEvents() throws Exception {
        county = UUID.randomUUID();
        lead = UUID.randomUUID();
        TestEvents.send("programme.events", county.toString(), UUID.randomUUID(), "institution.registered",
                TestEvents.institution(county, "盐津县人民医院-" + county, "530623", 0));
        TestEvents.send("programme.events", lead.toString(), UUID.randomUUID(), "institution.registered",
                TestEvents.institution(lead, "新华医院-" + lead, "310110", 0));
        UUID programme = UUID.randomUUID();
        TestEvents.send("programme.events", programme.toString(), UUID.randomUUID(), ProgrammeEvent.REGISTERED,
                new ObjectMapper().writeValueAsString(new ProgrammeEvent(programme, "EXAM-" + programme.toString()
                        .substring(0, 6).toUpperCase(), "考试测试", "GROUP_ASSISTANCE", lead, List.of(),
                        List.of(new ProgrammeEvent.Recipient(county, true)), "2021-07-01", null, "ACTIVE", null,
                        List.of(), List.of(), 0, null)));
        // the institutions' events travel under their own keys (other partitions): wait for them too
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> registry.isRecipient(county)) && known(county) && known(lead));
    }

    @Test
    void recordsWithADerivedPassRateAndPublishesIt() throws Exception {
        String reporter = Tokens.of("HOSPITAL_REPORTER", county, null);
        var created = as(reporter).body(result(county, 2023, 50, 31)).post(PATH);
        created.then().statusCode(201).header("ETag", "\"0\"").body("passRate", equalTo("62.00"));
        String id = created.path("id");
        // one per institution, year and exam type
        as(reporter).body(result(county, 2023, 40, 20)).post(PATH).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", equalTo("examType"));
        // a correction keeps the old figures in the history
        as(reporter).header("If-Match", "\"0\"").body(result(county, 2023, 50, 33)).put(PATH + "/" + id).then()
                .statusCode(200).body("passRate", equalTo("66.00")).header("ETag", "\"1\"");
        as(Tokens.role("VIEWER")).get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.type", equalTo(List.of("exam-result.recorded", "exam-result.corrected")))
                .body("items[1].changes.passed.old", equalTo(31)).body("items[1].changes.passed.value", equalTo(33))
                .body("items[1].actor", equalTo("test-hospital-reporter"));
        as(Tokens.role("VIEWER")).get(PATH + "?institutionId=" + county + "&year=2023").then()
                .body("items.passRate", equalTo(List.of("66.00")));

        List<ConsumerRecord<String, String>> events = EventTap.read("training.events",
                r -> ("exam-result/" + id).equals(EventTap.header(r, "ce_subject")), seen -> seen.size() >= 2,
                Duration.ofSeconds(20));
        assertEquals(List.of("exam-result.recorded", "exam-result.corrected"),
                events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(county.toString(), e.key());
            assertEquals("/shanhai/training-service", EventTap.header(e, "ce_source"));
            assertEquals(Set.of(), EventContract.violations(EventTap.header(e, "ce_type"), e.value()), e.value());
        }
    }

    @Test
    void figuresAndReferencesAreChecked() {
        String admin = Tokens.nationalAdmin();
        as(admin).body(result(county, 2023, 5, 6)).post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("passed"));
        as(admin).body(result(county, 2999, 5, 1)).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("year"));
        as(admin).body(result(county, 2023, 0, 0)).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("candidates"));
        as(admin).body(Map.of("institutionId", county, "year", 2023, "examType", "BARBER", "candidates", 5, "passed", 1))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("examType"));
        // unknown here, or known but helped by no programme: 422 naming the reference
        as(admin).header("Accept-Language", "en").body(result(UUID.randomUUID(), 2023, 5, 1)).post(PATH).then().statusCode(422)
                .contentType(PROBLEM).body("errors[0].field", equalTo("institutionId")).body("detail", containsString("not known"));
        as(admin).header("Accept-Language", "en").body(result(lead, 2023, 5, 1)).post(PATH).then().statusCode(422)
                .body("detail", containsString("not a recipient"));
        as(admin).get(PATH + "?institutionId=" + county).then().body("totalItems", equalTo(0));
    }

    @Test
    void roleMatrix() {
        String own = Tokens.of("HOSPITAL_REPORTER", county, null);
        String other = Tokens.of("HOSPITAL_REPORTER", lead, null);
        for (String refused : List.of(other, Tokens.role("VIEWER"), Tokens.role("SERVICE_CLIENT"),
                Tokens.of("PROGRAMME_MANAGER", lead, null), Tokens.provinceAdmin("52"))) {
            as(refused).body(result(county, 2022, 10, 5)).post(PATH).then().statusCode(403).contentType(PROBLEM);
        }
        as(Tokens.role("VIEWER")).get(PATH + "?institutionId=" + county).then().statusCode(200).body("totalItems", equalTo(0));
        String id = as(Tokens.provinceAdmin("53")).body(result(county, 2022, 10, 5)).post(PATH).then().statusCode(201)
                .extract().path("id");
        as(other).body(result(county, 2022, 10, 9)).put(PATH + "/" + id).then().statusCode(403);
        as(Tokens.provinceAdmin("52")).body(result(county, 2022, 10, 9)).put(PATH + "/" + id).then().statusCode(403);
        as(own).body(result(county, 2022, 10, 6)).put(PATH + "/" + id).then().statusCode(200).body("passed", equalTo(6));
        as(Tokens.role("VIEWER")).get(PATH + "/" + id).then().body("passed", equalTo(6)).body("version", equalTo(1));
    }
}
