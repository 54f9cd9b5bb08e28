package org.shanhai.metrics.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shanhai.metrics.support.MetricsFixture.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shanhai.common.events.contract.AssignmentEvent;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.ExamResultEvent;
import org.shanhai.common.events.contract.MentorshipEvent;
import org.shanhai.common.events.contract.ReportedTotalEvent;
import org.shanhai.common.events.contract.ResourceInputEvent;
import org.shanhai.common.events.contract.SecondmentEvent;
import org.shanhai.common.events.contract.TrainingActivityEvent;
import org.shanhai.common.readmodel.ReadModelRouter;
import org.shanhai.common.testing.TestEvents;
import org.shanhai.common.testing.Tokens;
import org.shanhai.metrics.support.MetricsFixture;

/**
 * The activity indicators counted from a sequence of programme and training events sent over the
 * test broker, then the same sequence redelivered, then replayed from its first event into an emptied
 * read model: the counts are the same each time, and a correction moves a count between months.
 */
@QuarkusTest
class ActivityIndicatorsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TRAINING = "/shanhai/training-service";

    @Inject
    ReadModelRouter router;

    @Inject
    EntityManager em;

    MetricsFixture f;

    /** The events in the order sent: topic, key, ce_id, type, payload. */
    final List<String[]> sent = new ArrayList<>();

    @BeforeEach
    void aProgramme() throws Exception {
        f = MetricsFixture.announce("530623", "盐津县人民医院");
    }

    @Test
    void countsFromEventsSurviveRedeliveryAndReplayAndMoveWithCorrections() throws Exception {
        UUID e1 = UUID.randomUUID();
        UUID e2 = UUID.randomUUID();
        UUID batch = UUID.randomUUID();
        // an expert from 10 March to 20 May 2024 (three months), another open-ended from May
        programme(AssignmentEvent.STARTED, new AssignmentEvent(UUID.randomUUID(), f.programme, batch, e1, f.county,
                List.of("MEMBER"), "04.02", "2024-03-10", "2024-05-20", 0, null));
        programme(AssignmentEvent.STARTED, new AssignmentEvent(UUID.randomUUID(), f.programme, batch, e2, f.county,
                List.of("MEMBER"), "04.02", "2024-05-01", null, 0, null));
        UUID round2 = UUID.randomUUID();
        activity(UUID.randomUUID(), "TEACHING_ROUND", "2023-06-12", 5, 0, null);
        activity(UUID.randomUUID(), "TEACHING_ROUND", "2024-03-05", 12, 0, null);
        activity(round2, "TEACHING_ROUND", "2024-04-02", 8, 0, null);
        activity(UUID.randomUUID(), "OUTREACH_CLINIC", "2024-04-10", 200, 0, null); // patients, not trainees
        activity(UUID.randomUUID(), "LECTURE", "2024-04-15", 30, 0, null);
        // the April round was held in May, with nine attending
        activity(round2, "TEACHING_ROUND", "2024-05-06", 9, 1,
                Map.of("date", new Change("2024-04-02", "2024-05-06"), "attendeeCount", new Change(8, 9)));
        UUID m1 = UUID.randomUUID();
        UUID apprentice = UUID.randomUUID();
        training(MentorshipEvent.STARTED, f.programme.toString(), new MentorshipEvent(m1, f.programme, e1, apprentice,
                f.county, "04.02", "2024-03-01", List.of(new MentorshipEvent.Technique("腹腔镜胆囊切除术", null)), "ACTIVE",
                null, null, 0, null));
        training(MentorshipEvent.COMPLETED, f.programme.toString(), new MentorshipEvent(m1, f.programme, e1, apprentice,
                f.county, "04.02", "2024-03-01", List.of(new MentorshipEvent.Technique("腹腔镜胆囊切除术", true)),
                "COMPLETED", "2024-04-30", null, 1, null));
        training(SecondmentEvent.STARTED, f.programme.toString(), new SecondmentEvent(UUID.randomUUID(), f.programme,
                UUID.randomUUID(), f.county, f.lead, "FURTHER_STUDY", "04.02", "2024-04-01", null, "ACTIVE", null, 0,
                null));
        training(SecondmentEvent.STARTED, f.programme.toString(), new SecondmentEvent(UUID.randomUUID(), f.programme,
                UUID.randomUUID(), f.county, f.lead, "STANDARDISED_RESIDENCY", "04.02", "2024-04-01", null, "ACTIVE",
                null, 0, null));
        training(ExamResultEvent.RECORDED, f.county.toString(), new ExamResultEvent(UUID.randomUUID(), f.county, 2024,
                "PRACTISING_PHYSICIAN", 10, 6, "60.00", 0, null));
        training(ExamResultEvent.RECORDED, f.county.toString(), new ExamResultEvent(UUID.randomUUID(), f.county, 2024,
                "NURSE", 20, 18, "90.00", 0, null));
        programme(ResourceInputEvent.RECORDED, new ResourceInputEvent(UUID.randomUUID(), f.programme, "FUNDS",
                "1000000.50", "CNY", "对口支援资金", "2024-04-20", f.county, null));
        programme(ResourceInputEvent.RECORDED, new ResourceInputEvent(UUID.randomUUID(), f.programme, "EQUIPMENT",
                "500000.00", "CNY", "捐赠", "2024-04-21", f.county, null));
        // a report's total for 2023, which already contains the round of June 2023
        training(ReportedTotalEvent.REPORTED, f.programme.toString(), new ReportedTotalEvent(UUID.randomUUID(),
                f.programme, f.county, "TEACHING_ROUND", "2023-01-01", "2023-12-31", 150, null,
                new ReportedTotalEvent.Source("云南网", "2024-01-10", "全年教学查房150次"), 0));
        // a total for days that are not a whole month: shown as given, never taken for March's value
        training(ReportedTotalEvent.REPORTED, f.programme.toString(), new ReportedTotalEvent(UUID.randomUUID(),
                f.programme, f.county, "TEACHING_ROUND", "2024-03-05", "2024-03-20", 12, null,
                new ReportedTotalEvent.Source("医院简报", "2024-03-21", "半月查房12次"), 0));
        training(ReportedTotalEvent.REPORTED, f.programme.toString(), new ReportedTotalEvent(UUID.randomUUID(),
                f.programme, f.county, "LECTURE", "2022-01-01", "2024-12-31", 190, null,
                new ReportedTotalEvent.Source("云南网", "2025-05-28", "讲座190场"), 0));
        for (String[] e : sent) {
            TestEvents.send(e[0], e[1], UUID.fromString(e[2]), e[3], e[4], source(e[0]));
        }
        awaitMarkers(1);
        Map<String, Object> first = counts();
        assertCounts(first);

        // every event again, as a redelivery after a rebalance would bring them: nothing moves
        for (String[] e : sent) {
            TestEvents.send(e[0], e[1], UUID.fromString(e[2]), e[3], e[4], source(e[0]));
        }
        awaitMarkers(2);
        assertEquals(first, counts());

        // the read model emptied and the same records read again from the first
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("known_training_activity", "known_mentorship", "known_secondment",
                    "known_exam_result", "known_resource_input", "known_reported_total", "known_assignment")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE institution_id = :i").setParameter("i", f.county)
                        .executeUpdate();
            }
            em.createNativeQuery("DELETE FROM processed_event WHERE ce_id IN (:ids)")
                    .setParameter("ids", sent.stream().map(e -> UUID.fromString(e[2])).toList()).executeUpdate();
        });
        long offset = 0;
        for (String[] e : sent) {
            RecordHeaders h = new RecordHeaders();
            h.add("ce_id", e[2].getBytes(StandardCharsets.UTF_8));
            h.add("ce_type", e[3].getBytes(StandardCharsets.UTF_8));
            h.add("ce_source", source(e[0]).getBytes(StandardCharsets.UTF_8));
            router.dispatch(new ConsumerRecord<>(e[0], 0, offset++, -1L, TimestampType.CREATE_TIME, -1, -1, e[1], e[4], h,
                    java.util.Optional.empty()));
        }
        assertEquals(first, counts());
    }

    void assertCounts(Map<String, Object> c) {
        assertEquals(List.of("1", "0", "1"), c.get("TEACHING_ROUNDS"),
                "the April round moved to May; March is its counted round, not the half-month total");
        assertEquals(List.of("12", "30", "9"), c.get("TRAINING_ATTENDANCES"), "outreach clinics are not training");
        assertEquals(List.of("0", "1", "0"), c.get("LECTURES"));
        assertEquals(List.of("1", "1", "2"), c.get("EXPERTS_ON_SITE"), "March to May");
        assertEquals("1", c.get("experts June"), "the three-month posting ended in May: only the open-ended one");
        assertEquals(List.of("1", "1", "0"), c.get("MENTORSHIPS_ACTIVE"));
        assertEquals(List.of("0", "1", "0"), c.get("MENTORSHIPS_COMPLETED"));
        assertEquals(List.of("0", "1", "0"), c.get("STAFF_SECONDED"), "规培 is not counted as seconded");
        assertEquals(0, new BigDecimal("1000000.50").compareTo(new BigDecimal(((List<?>) c.get("FUNDS_RECEIVED")).get(1)
                .toString())), "only FUNDS");
        assertEquals(List.of("10", "6", "60"), c.get("exams 2024"), "the physician exam only; the rate is their ratio");
        assertEquals(List.of("150", "REPORTED", "1"), c.get("rounds 2023"), "the report's total, not added to June's round");
        assertEquals(List.of("2022..2024", "190", "REPORTED"), c.get("lecture span"), "a span is never split");
        assertEquals("1", c.get("lectures 2024"), "the recorded lecture; the span's total is not spread over 2024");
    }

    /** The counts as the series API gives them, months March to May 2024 (June has the markers), and some years. */
    Map<String, Object> counts() {
        Map<String, Object> c = new LinkedHashMap<>();
        for (String code : List.of("TEACHING_ROUNDS", "TRAINING_ATTENDANCES", "LECTURES", "EXPERTS_ON_SITE",
                "MENTORSHIPS_ACTIVE", "MENTORSHIPS_COMPLETED", "STAFF_SECONDED", "FUNDS_RECEIVED")) {
            c.put(code, series(code, "2024-03", "2024-05", "MONTH").getList("points.value"));
        }
        List<String> exams = new ArrayList<>();
        for (String code : List.of("LICENCE_EXAM_CANDIDATES", "LICENCE_EXAM_PASSED", "LICENCE_EXAM_PASS_RATE")) {
            exams.add(series(code, "2024", "2024", "YEAR").getString("points[0].value"));
        }
        c.put("exams 2024", exams);
        c.put("experts June", series("EXPERTS_ON_SITE", "2024-06", "2024-06", "MONTH").getString("points[0].value"));
        JsonPath rounds = series("TEACHING_ROUNDS", "2023", "2023", "YEAR");
        c.put("rounds 2023", List.of(rounds.getString("points[0].value"), rounds.getString("points[0].basis"),
                series("TEACHING_ROUNDS", "2023-06", "2023-06", "MONTH").getString("points[0].value")));
        JsonPath lectures = series("LECTURES", "2024", "2024", "YEAR");
        c.put("lecture span", List.of(lectures.getString("spans[0].period"), lectures.getString("spans[0].value"),
                lectures.getString("spans[0].basis")));
        c.put("lectures 2024", lectures.getString("points[0].value"));
        return c;
    }

    JsonPath series(String code, String from, String to, String granularity) {
        return as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + f.county + "/indicators/" + code
                + "/series?from=" + from + "&to=" + to + "&granularity=" + granularity).then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * A new teaching round (June 2024) and exam result (2025) on training.events, and funds (June 2024) on
     * programme.events, after everything sent: once they count, all before them (per key) were applied.
     */
    void awaitMarkers(int n) throws Exception {
        List<String[]> before = new ArrayList<>(sent);
        activity(UUID.randomUUID(), "TEACHING_ROUND", "2024-06-0" + n, 1, 0, null);
        training(ExamResultEvent.RECORDED, f.county.toString(), new ExamResultEvent(UUID.randomUUID(), f.county, 2025,
                "PRACTISING_PHYSICIAN", 1, 1, "100.00", 0, null));
        programme(ResourceInputEvent.RECORDED, new ResourceInputEvent(UUID.randomUUID(), f.programme, "FUNDS", n + ".00",
                "CNY", "标记", "2024-06-0" + n, f.county, null));
        for (String[] e : sent.subList(before.size(), sent.size())) {
            TestEvents.send(e[0], e[1], UUID.fromString(e[2]), e[3], e[4], source(e[0]));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                String.valueOf(n).equals(series("TEACHING_ROUNDS", "2024-06", "2024-06", "MONTH").getString("points[0].value"))
                        && String.valueOf(n).equals(series("LICENCE_EXAM_CANDIDATES", "2025", "2025", "YEAR")
                                .getString("points[0].value"))
                        && String.valueOf(n * (n + 1) / 2).equals(series("FUNDS_RECEIVED", "2024-06", "2024-06", "MONTH")
                                .getString("points[0].value")));
        // the markers are not part of the sequence that is redelivered and replayed
        sent.subList(before.size(), sent.size()).clear();
    }

    void activity(UUID id, String type, String date, int attendees, long version, Map<String, Change> changes)
            throws Exception {
        training(version == 0 ? TrainingActivityEvent.RECORDED : TrainingActivityEvent.CORRECTED, f.programme.toString(),
                new TrainingActivityEvent(id, f.programme, f.county, type, date, "04.02", null, "教学", attendees, "2.0",
                        version, changes));
    }

    void training(String type, String key, Object payload) throws Exception {
        sent.add(new String[] {"training.events", key, UUID.randomUUID().toString(), type, JSON.writeValueAsString(payload)});
    }

    void programme(String type, Object payload) throws Exception {
        sent.add(new String[] {"programme.events", f.programme.toString(), UUID.randomUUID().toString(), type,
                JSON.writeValueAsString(payload)});
    }

    static String source(String topic) {
        return topic.startsWith("training") ? TRAINING : TestEvents.PROGRAMME_SERVICE;
    }
}
