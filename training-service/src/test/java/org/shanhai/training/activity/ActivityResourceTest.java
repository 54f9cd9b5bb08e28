package org.shanhai.training.activity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shanhai.training.support.TrainingFixture.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shanhai.common.events.contract.AssignmentEvent;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.Tokens;
import org.shanhai.common.time.Clock;
import org.shanhai.training.support.TrainingFixture;

@QuarkusTest
class ActivityResourceTest {

    static final String PATH = "/api/v1/training-activities";
    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> activity(TrainingFixture f, String date) {
        Map<String, Object> m = new HashMap<>();
        m.put("programmeId", f.programme);
        m.put("institutionId", f.county);
        m.put("type", "TEACHING_ROUND");
        m.put("date", date);
        m.put("department", "03.01");
        m.put("leadExpertId", f.expert);
        m.put("topic", "急性胸痛的规范化诊治");
        m.put("attendeeCount", 25);
        m.put("hours", 1.5);
        return m;
    }

    static Map<String, Object> with(Map<String, Object> m, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(m);
        copy.put(field, value);
        return copy;
    }

    static long count(TrainingFixture f) {
        return ((Number) as(Tokens.role("VIEWER")).get(PATH + "?programmeId=" + f.programme).then().statusCode(200)
                .extract().path("totalItems")).longValue();
    }

    @Test
    void theAssignmentsLastDayCountsTheNextDoesNot() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2024-03-01", "2024-03-31");
        String admin = Tokens.nationalAdmin();
        as(admin).body(activity(f, "2024-03-31")).post(PATH).then().statusCode(201).body("hours", equalTo("1.5"));
        as(admin).body(activity(f, "2024-03-01")).post(PATH).then().statusCode(201);
        as(admin).body(activity(f, "2024-04-01")).post(PATH).then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("leadExpertId")).body("detail", containsString("2024-04-01"));
        as(admin).body(activity(f, "2024-02-29")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("leadExpertId"));
        assertEquals(2, count(f));
        // programme-service moves the end earlier: the days after it no longer count, once the event is here
        f.assign("2024-03-01", "2024-03-15", 1, AssignmentEvent.UPDATED);
        f.awaitAssigned(LocalDate.parse("2024-03-20"), false);
        as(admin).body(activity(f, "2024-03-20")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("leadExpertId"));
        as(admin).body(activity(f, "2024-03-15")).post(PATH).then().statusCode(201);
        // and removes it: no day counts
        f.assign("2024-03-01", "2024-03-15", 2, AssignmentEvent.ENDED);
        f.awaitAssigned(LocalDate.parse("2024-03-10"), false);
        as(admin).body(activity(f, "2024-03-10")).post(PATH).then().statusCode(422);
        assertEquals(3, count(f));
    }

    @Test
    void eachRuleIsAProblemNamingTheField() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", "2025-06-30", "2022-01-01", null);
        String admin = Tokens.nationalAdmin();
        Map<String, Object> ok = activity(f, "2023-05-10");
        String tomorrow = Clock.today().plusDays(1).toString();
        as(admin).body(activity(f, tomorrow)).post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("date"));
        as(admin).header("Accept-Language", "en").body(activity(f, "2021-12-31")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("date")).body("detail", containsString("start"));
        as(admin).header("Accept-Language", "en").body(activity(f, "2025-07-01")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("date"))
                .body("detail", containsString("end"));
        as(admin).body(with(ok, "attendeeCount", 0)).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("attendeeCount"));
        as(admin).body(with(ok, "attendeeCount", ActivityRequest.MAX_ATTENDEES + 1)).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("attendeeCount"));
        as(admin).body(with(ok, "hours", 0)).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("hours"));
        as(admin).body(with(ok, "hours", 1.25)).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("hours"));
        as(admin).body(with(ok, "hours", 24.5)).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("hours"));
        as(admin).body(with(ok, "type", "PICNIC")).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("type"));
        as(admin).body(with(ok, "department", "99.99")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("department"));
        as(admin).body(with(ok, "topic", " ")).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("topic"));
        // references the registry does not know, or that play another part: 422 naming them
        as(admin).header("Accept-Language", "en").body(with(ok, "programmeId", UUID.randomUUID())).post(PATH).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("programmeId")).body("detail", containsString("not known"));
        as(admin).header("Accept-Language", "en").body(with(ok, "institutionId", f.outsider)).post(PATH).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("institutionId")).body("detail", containsString("not a recipient"));
        as(admin).body(with(ok, "institutionId", UUID.randomUUID())).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("institutionId"));
        as(admin).header("Accept-Language", "en").body(with(ok, "leadExpertId", UUID.randomUUID())).post(PATH).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("leadExpertId")).body("detail", containsString("not known"));
        assertEquals(0, count(f));
        // the partner's... no: the township is the other recipient; it takes activities too
        as(admin).body(with(ok, "institutionId", f.township)).post(PATH).then().statusCode(201);
    }

    @Test
    void aPlannedProgrammeTakesNothingAndASuspensionBlocksOnlyFromItsDay() throws Exception {
        TrainingFixture planned = TrainingFixture.planned("2022-01-01");
        String admin = Tokens.nationalAdmin();
        as(admin).header("Accept-Language", "en").body(activity(planned, "2023-01-10")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("programmeId")).body("detail", containsString("activated"));

        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        f.status("SUSPENDED", OffsetDateTime.of(2024, 6, 1, 2, 0, 0, 0, ZoneOffset.UTC)); // 10:00 in Beijing
        f.status("ACTIVE", OffsetDateTime.of(2024, 9, 1, 2, 0, 0, 0, ZoneOffset.UTC));
        as(admin).body(activity(f, "2024-05-31")).post(PATH).then().statusCode(201); // before it took effect: a past log
        as(admin).body(activity(f, "2024-06-01")).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("date"))
                .body("detail", containsString("SUSPENDED"));
        as(admin).body(activity(f, "2024-08-31")).post(PATH).then().statusCode(422);
        as(admin).body(activity(f, "2024-09-01")).post(PATH).then().statusCode(201);
        f.status("COMPLETED", OffsetDateTime.of(2025, 1, 1, 2, 0, 0, 0, ZoneOffset.UTC));
        as(admin).body(activity(f, "2024-12-31")).post(PATH).then().statusCode(201);
        as(admin).body(activity(f, "2025-01-02")).post(PATH).then().statusCode(422).body("detail", containsString("COMPLETED"));
        assertEquals(3, count(f));
    }

    @Test
    void aCorrectionKeepsTheOriginalAndPublishesOldAndNew() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        String reporter = f.reporter();
        String id = as(reporter).body(activity(f, "2023-05-10")).post(PATH).then().statusCode(201).extract().path("id");
        as(reporter).header("If-Match", "\"0\"").body(with(with(activity(f, "2023-05-10"), "attendeeCount", 30), "type",
                "CASE_DISCUSSION")).put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("attendeeCount", equalTo(30)).body("type", equalTo("CASE_DISCUSSION"));
        // a stale version, another programme: refused, nothing changed
        as(reporter).header("If-Match", "\"0\"").body(activity(f, "2023-05-10")).put(PATH + "/" + id).then().statusCode(412);
        as(reporter).body(with(activity(f, "2023-05-10"), "programmeId", UUID.randomUUID())).put(PATH + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("programmeId"));
        as(Tokens.role("VIEWER")).get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.type", equalTo(List.of("training-activity.recorded", "training-activity.corrected")))
                .body("items[0].state.attendeeCount", equalTo(25))
                .body("items[1].changes.attendeeCount.old", equalTo(25)).body("items[1].changes.attendeeCount.value", equalTo(30))
                .body("items[1].changes.type.old", equalTo("TEACHING_ROUND"));

        List<ConsumerRecord<String, String>> events = EventTap.read("training.events",
                r -> ("training-activity/" + id).equals(EventTap.header(r, "ce_subject")), seen -> seen.size() >= 2,
                Duration.ofSeconds(20));
        assertEquals(List.of("training-activity.recorded", "training-activity.corrected"),
                events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(f.programme.toString(), e.key());
            assertEquals(Set.of(), EventContract.violations(EventTap.header(e, "ce_type"), e.value()), e.value());
        }
        var corrected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(events.get(1).value());
        assertEquals(25, corrected.path("changes").path("attendeeCount").path("old").asInt());
        assertEquals(30, corrected.path("changes").path("attendeeCount").path("value").asInt());
        assertEquals(30, corrected.path("attendeeCount").asInt());
    }

    @Test
    void roleMatrix() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        Map<String, Object> body = activity(f, "2023-05-10");
        for (String refused : List.of(Tokens.role("VIEWER"), Tokens.role("SERVICE_CLIENT"), f.outsiderManager(),
                Tokens.of("HOSPITAL_REPORTER", f.township, null), Tokens.provinceAdmin("52"))) {
            as(refused).body(body).post(PATH).then().statusCode(403).contentType(PROBLEM);
        }
        assertEquals(0, count(f));
        String id = null;
        for (String allowed : List.of(Tokens.nationalAdmin(), Tokens.provinceAdmin("53"), f.leadManager(),
                f.partnerManager(), f.reporter())) {
            id = as(allowed).body(body).post(PATH).then().statusCode(201).extract().path("id");
        }
        assertEquals(5, count(f));
        as(Tokens.of("HOSPITAL_REPORTER", f.township, null)).body(with(body, "attendeeCount", 99)).put(PATH + "/" + id)
                .then().statusCode(403);
        as(f.outsiderManager()).body(with(body, "attendeeCount", 99)).put(PATH + "/" + id).then().statusCode(403);
        as(Tokens.role("VIEWER")).get(PATH + "/" + id).then().body("attendeeCount", equalTo(25)).body("version", equalTo(0));
        // the reporter cannot move its record to the other recipient
        as(f.reporter()).body(with(body, "institutionId", f.township)).put(PATH + "/" + id).then().statusCode(403);
        as(Tokens.role("VIEWER")).get(PATH + "?programmeId=" + f.programme + "&from=2023-05-10&to=2023-05-10&type=TEACHING_ROUND")
                .then().statusCode(200).body("totalItems", equalTo(5));
        as(Tokens.role("VIEWER")).get(PATH + "?programmeId=" + f.programme + "&from=2023-05-11&to=2023-05-10").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        assertEquals(LocalDate.parse("2023-05-10"), LocalDate.parse(
                as(Tokens.role("VIEWER")).get(PATH + "/" + id).then().extract().path("date")));
    }
}
