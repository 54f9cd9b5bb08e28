package org.shanhai.training.registry;

import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shanhai.common.events.contract.AssignmentEvent;
import org.shanhai.common.events.contract.BatchEvent;
import org.shanhai.common.events.contract.ExpertEvent;
import org.shanhai.common.events.contract.ProgrammeEvent;
import org.shanhai.common.testing.TestEvents;

/** The programme registry over the real broker, fed with events as programme-service writes them. */
@QuarkusTest
class ProgrammeRegistryTest {

    static final String TOPIC = "programme.events";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ProgrammeReferences queries;

    final UUID programme = UUID.randomUUID();
    final UUID lead = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();
    final UUID county = UUID.randomUUID();
    final UUID township = UUID.randomUUID();
    final UUID batch = UUID.randomUUID();
    final UUID expert = UUID.randomUUID();
    final UUID assignment = UUID.randomUUID();

    <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    void await(Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> read(condition));
    }

    void send(String key, String type, Object payload) throws Exception {
        TestEvents.send(TOPIC, key, UUID.randomUUID(), type, JSON.writeValueAsString(payload));
    }

    ProgrammeEvent programme(String status, long version) {
        return new ProgrammeEvent(programme, "YN-TEST-" + programme.toString().substring(0, 6).toUpperCase(), "测试项目",
                "GROUP_ASSISTANCE", lead, List.of(partner), List.of(new ProgrammeEvent.Recipient(county, true),
                new ProgrammeEvent.Recipient(township, false)), "2021-07-01", null, status, "原因 " + status,
                List.of(), List.of(), version, null);
    }

    AssignmentEvent assignment(String end, long version) {
        return new AssignmentEvent(assignment, programme, batch, expert, county, List.of("TEAM_LEADER"), "04.02",
                "2021-07-01", end, version, null);
    }

    @Test
    void assignmentsAnswerWhoWasOnSiteOnWhichDay() throws Exception {
        String key = programme.toString();
        send(key, ProgrammeEvent.REGISTERED, programme("PLANNED", 0));
        send(key, ProgrammeEvent.STATUS_CHANGED, programme("ACTIVE", 1));
        send(key, BatchEvent.CREATED, new BatchEvent(batch, programme, 1, "2021-07-01", "2022-07-31", null, 0, null));
        // the expert's events travel under the expert's key: the assignment may well arrive first
        send(key, AssignmentEvent.STARTED, assignment("2022-07-31", 0));
        send(expert.toString(), ExpertEvent.REGISTERED, new ExpertEvent(expert, "彭瀚", lead, "04.02",
                "CHIEF_PHYSICIAN", "SENIOR", "DOCTORATE", 0, null));
        await(() -> queries.isAssigned(programme, expert, LocalDate.parse("2022-07-31")) && queries.isKnownExpert(expert));
        // the last day counts, the next does not, nor the day before the start
        assertFalse(read(() -> queries.isAssigned(programme, expert, LocalDate.parse("2022-08-01"))));
        assertFalse(read(() -> queries.isAssigned(programme, expert, LocalDate.parse("2021-06-30"))));
        assertFalse(read(() -> queries.isAssigned(UUID.randomUUID(), expert, LocalDate.parse("2022-01-01"))));

        ProgrammeReferences.ProgrammeFacts facts = read(() -> queries.programme(programme).orElseThrow());
        assertEquals("ACTIVE", facts.status());
        assertTrue(facts.isSupporter(lead) && facts.isSupporter(partner) && !facts.isSupporter(county));
        assertTrue(facts.isRecipient(county) && facts.isRecipient(township) && !facts.isRecipient(lead));
        assertEquals(List.of("PLANNED", "ACTIVE"), read(() -> queries.statusHistory(programme)).stream()
                .map(ProgrammeReferences.StatusChange::status).toList());

        // the end moved earlier in programme-service: days after the new end no longer count
        send(key, AssignmentEvent.UPDATED, assignment("2022-06-30", 1));
        await(() -> !queries.isAssigned(programme, expert, LocalDate.parse("2022-07-01")));
        assertTrue(read(() -> queries.isAssigned(programme, expert, LocalDate.parse("2022-06-30"))));

        // an older version arriving late changes nothing
        send(key, AssignmentEvent.UPDATED, assignment("2022-07-31", 0));
        send(key, BatchEvent.UPDATED, new BatchEvent(batch, programme, 1, "2021-07-01", "2022-07-31", expert, 1, null));
        await(() -> KnownBatch.<KnownBatch>findById(batch).leaderExpertId != null);
        assertFalse(read(() -> queries.isAssigned(programme, expert, LocalDate.parse("2022-07-01"))));

        // removed in programme-service: no day counts any more
        send(key, AssignmentEvent.ENDED, assignment("2022-06-30", 1));
        await(() -> !queries.isAssigned(programme, expert, LocalDate.parse("2022-01-01")));
        assertEquals(Map.of("ended", true), read(() -> Map.of("ended",
                KnownAssignment.<KnownAssignment>findById(assignment).ended)));
    }
}
