package org.shanhai.training.mentorship;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shanhai.training.support.TrainingFixture.as;

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
import org.shanhai.common.time.Clock;
import org.shanhai.training.support.TrainingFixture;

@QuarkusTest
class MentorshipAndSecondmentTest {

    static final String MENTORSHIPS = "/api/v1/mentorships";
    static final String SECONDMENTS = "/api/v1/secondments";

    static String staff(TrainingFixture f, UUID institution) {
        return as(Tokens.nationalAdmin()).body(Map.of("name", "李红", "institutionId", institution, "department", "03.01",
                "title", "住院医师")).post("/api/v1/staff").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> mentorship(TrainingFixture f, String apprentice, String start) {
        Map<String, Object> m = new HashMap<>();
        m.put("programmeId", f.programme);
        m.put("mentorExpertId", f.expert);
        m.put("apprenticeId", apprentice);
        m.put("department", "03.01");
        m.put("startDate", start);
        m.put("techniques", List.of("冠状动脉造影", "经皮冠状动脉介入治疗"));
        return m;
    }

    static Map<String, Object> with(Map<String, Object> m, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(m);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> secondment(TrainingFixture f, String staff) {
        Map<String, Object> m = new HashMap<>();
        m.put("programmeId", f.programme);
        m.put("staffId", staff);
        m.put("hostInstitutionId", f.lead);
        m.put("type", "FURTHER_STUDY");
        m.put("department", "03.01");
        m.put("startDate", "2023-09-01");
        m.put("endDate", "2024-02-29");
        return m;
    }

    @Test
    void activeBecomesCompletedOrDiscontinuedAndNothingElse() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2023-01-01", "2023-12-31");
        String apprentice = staff(f, f.county);
        String manager = f.leadManager();
        String id = as(manager).body(mentorship(f, apprentice, "2023-03-01")).post(MENTORSHIPS).then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("institutionId", equalTo(f.county.toString()))
                .extract().path("id");
        // every technique's outcome, once, and only the mentorship's own techniques
        as(manager).body(Map.of("date", "2024-02-28", "techniques", List.of(Map.of("name", "冠状动脉造影", "independent", true))))
                .post(MENTORSHIPS + "/" + id + "/completion").then().statusCode(400)
                .body("errors[0].field", equalTo("techniques")).body("detail", containsString("经皮冠状动脉介入治疗"));
        as(manager).body(Map.of("date", "2024-02-28", "techniques", List.of(Map.of("name", "冠状动脉造影", "independent", true),
                Map.of("name", "心脏移植", "independent", true)))).post(MENTORSHIPS + "/" + id + "/completion").then()
                .statusCode(400).body("errors[0].field", equalTo("techniques[1].name"));
        as(manager).header("Accept-Language", "en")
                .body(Map.of("date", "2023-02-28", "techniques", List.of(Map.of("name", "冠状动脉造影", "independent", true),
                Map.of("name", "经皮冠状动脉介入治疗", "independent", false)))).post(MENTORSHIPS + "/" + id + "/completion")
                .then().statusCode(400).body("errors[0].field", equalTo("date")).body("detail", containsString("before"));
        as(manager).body(Map.of("date", "2024-02-28", "techniques", List.of(Map.of("name", "冠状动脉造影", "independent", true),
                Map.of("name", "经皮冠状动脉介入治疗", "independent", false)))).post(MENTORSHIPS + "/" + id + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("endDate", equalTo("2024-02-28"))
                .body("techniques.independent", equalTo(List.of(true, false)));
        // final: neither completed again nor discontinued
        as(manager).body(Map.of("date", "2024-03-01", "reason", "调离")).post(MENTORSHIPS + "/" + id + "/discontinuation")
                .then().statusCode(409).body("errors[0].field", equalTo("status"));
        as(Tokens.role("VIEWER")).get(MENTORSHIPS + "/" + id + "/history").then()
                .body("items.type", equalTo(List.of("mentorship.started", "mentorship.completed")));

        String other = as(manager).body(mentorship(f, apprentice, "2023-06-01")).post(MENTORSHIPS).then().statusCode(201)
                .extract().path("id");
        as(manager).body(Map.of("date", "2023-09-30", "reason", "徒弟调离本院")).post(MENTORSHIPS + "/" + other
                + "/discontinuation").then().statusCode(200).body("status", equalTo("DISCONTINUED"))
                .body("reason", equalTo("徒弟调离本院"));
        as(Tokens.role("VIEWER")).get(MENTORSHIPS + "?programmeId=" + f.programme + "&status=DISCONTINUED").then()
                .body("totalItems", equalTo(1));

        List<ConsumerRecord<String, String>> events = EventTap.read("training.events",
                r -> f.programme.toString().equals(r.key()) && EventTap.header(r, "ce_type").startsWith("mentorship."),
                seen -> seen.size() >= 4, Duration.ofSeconds(20));
        assertEquals(List.of("mentorship.started", "mentorship.completed", "mentorship.started", "mentorship.discontinued"),
                events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(Set.of(), EventContract.violations(EventTap.header(e, "ce_type"), e.value()), e.value());
            assertEquals(false, e.value().contains("李红"), "staff names never travel");
        }
    }

    @Test
    void theMentorAndTheApprenticeAreChecked() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2023-01-01", "2023-12-31");
        String apprentice = staff(f, f.county);
        String admin = Tokens.nationalAdmin();
        as(admin).body(mentorship(f, apprentice, "2024-01-01")).post(MENTORSHIPS).then().statusCode(422)
                .body("errors[0].field", equalTo("mentorExpertId"));
        as(admin).body(mentorship(f, UUID.randomUUID().toString(), "2023-03-01")).post(MENTORSHIPS).then().statusCode(422)
                .body("errors[0].field", equalTo("apprenticeId"));
        TrainingFixture other = TrainingFixture.active("2022-01-01", null, "2022-01-01", null);
        as(admin).header("Accept-Language", "en").body(mentorship(f, staff(other, other.county), "2023-03-01"))
                .post(MENTORSHIPS).then().statusCode(422)
                .body("errors[0].field", equalTo("apprenticeId")).body("detail", containsString("not a recipient"));
        as(admin).body(with(mentorship(f, apprentice, "2023-03-01"), "techniques", List.of("造影", "造影"))).post(MENTORSHIPS)
                .then().statusCode(400).body("errors[0].field", equalTo("techniques[1]"));
        as(admin).body(with(mentorship(f, apprentice, "2023-03-01"), "techniques", List.of())).post(MENTORSHIPS).then()
                .statusCode(400).body("errors[0].field", equalTo("techniques"));
        as(admin).body(mentorship(f, apprentice, Clock.today().plusDays(1).toString())).post(MENTORSHIPS).then()
                .statusCode(400).body("errors[0].field", equalTo("startDate"));
        as(admin).get(MENTORSHIPS + "?programmeId=" + f.programme).then().body("totalItems", equalTo(0));
    }

    @Test
    void roleMatrixForMentorshipsAndSecondments() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2023-01-01", "2023-12-31");
        String apprentice = staff(f, f.county);
        for (String refused : List.of(Tokens.role("VIEWER"), Tokens.role("SERVICE_CLIENT"), f.reporter(),
                f.outsiderManager(), Tokens.provinceAdmin("52"))) {
            as(refused).body(mentorship(f, apprentice, "2023-03-01")).post(MENTORSHIPS).then().statusCode(403);
            as(refused).body(secondment(f, apprentice)).post(SECONDMENTS).then().statusCode(403);
        }
        as(Tokens.role("VIEWER")).get(MENTORSHIPS + "?programmeId=" + f.programme).then().body("totalItems", equalTo(0));
        as(Tokens.role("VIEWER")).get(SECONDMENTS + "?programmeId=" + f.programme).then().body("totalItems", equalTo(0));
        String m = as(Tokens.provinceAdmin("53")).body(mentorship(f, apprentice, "2023-03-01")).post(MENTORSHIPS).then()
                .statusCode(201).extract().path("id");
        String s = as(f.partnerManager()).body(secondment(f, apprentice)).post(SECONDMENTS).then().statusCode(201)
                .extract().path("id");
        as(f.reporter()).body(Map.of("date", "2023-09-30", "reason", "x")).post(MENTORSHIPS + "/" + m + "/discontinuation")
                .then().statusCode(403);
        as(f.outsiderManager()).body(Map.of("date", "2024-02-28", "techniques", List.of(Map.of("name", "冠状动脉造影",
                "independent", true), Map.of("name", "经皮冠状动脉介入治疗", "independent", true))))
                .post(MENTORSHIPS + "/" + m + "/completion").then().statusCode(403);
        as(f.outsiderManager()).body(Map.of("endDate", "2024-02-29")).post(SECONDMENTS + "/" + s + "/completion").then()
                .statusCode(403);
        as(Tokens.role("VIEWER")).get(MENTORSHIPS + "/" + m).then().body("status", equalTo("ACTIVE"));
        as(Tokens.role("VIEWER")).get(SECONDMENTS + "/" + s).then().body("status", equalTo("ONGOING"));
    }

    @Test
    void secondmentsGoToASupporterAndEndOnce() throws Exception {
        TrainingFixture f = TrainingFixture.active("2022-01-01", null, "2023-01-01", "2023-12-31");
        String person = staff(f, f.township);
        String admin = Tokens.nationalAdmin();
        as(admin).body(with(secondment(f, person), "hostInstitutionId", f.county)).post(SECONDMENTS).then().statusCode(422)
                .body("errors[0].field", equalTo("hostInstitutionId"));
        as(admin).body(with(secondment(f, person), "staffId", UUID.randomUUID())).post(SECONDMENTS).then().statusCode(422)
                .body("errors[0].field", equalTo("staffId"));
        as(admin).body(with(secondment(f, person), "endDate", "2023-08-31")).post(SECONDMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
        as(admin).body(with(secondment(f, person), "type", "HOLIDAY")).post(SECONDMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        String id = as(admin).body(secondment(f, person)).post(SECONDMENTS).then().statusCode(201)
                .body("institutionId", equalTo(f.township.toString())).extract().path("id");
        as(admin).body(Map.of("endDate", Clock.today().plusDays(1).toString())).post(SECONDMENTS + "/" + id + "/completion")
                .then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        as(admin).body(Map.of("endDate", "2024-02-29", "qualification", "进修结业证书")).post(SECONDMENTS + "/" + id
                + "/completion").then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("qualification", equalTo("进修结业证书"));
        as(admin).body(Map.of("endDate", "2024-03-01")).post(SECONDMENTS + "/" + id + "/completion").then().statusCode(409);
        as(Tokens.role("VIEWER")).get(SECONDMENTS + "/" + id + "/history").then()
                .body("items.type", equalTo(List.of("secondment.started", "secondment.completed")))
                .body("items[1].changes.qualification.value", equalTo("进修结业证书"));
    }
}
