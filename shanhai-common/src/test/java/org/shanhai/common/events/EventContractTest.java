package org.shanhai.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shanhai.common.events.contract.EventTypes;
import org.shanhai.common.events.contract.ReportedTotalEvent;
import org.shanhai.common.testing.EventContract;

/** The schema check the event tests rely on does reject broken payloads, formats included. */
class EventContractTest {

    static final String INPUT = """
            {"id": "%s", "programmeId": "5d7f1a3e-1f0b-4b8e-9a57-0c3b8f7e2a11", "kind": "FUNDS", "amount": %s,
             "currency": "CNY", "date": "%s", "institutionId": "5d7f1a3e-1f0b-4b8e-9a57-0c3b8f7e2a12"}""";

    static String input(String id, String amount, String date) {
        return INPUT.formatted(id, amount, date);
    }

    @Test
    void aValidPayloadPasses() throws Exception {
        assertEquals(Set.of(), EventContract.violations("resource-input.recorded",
                input("5d7f1a3e-1f0b-4b8e-9a57-0c3b8f7e2a10", "\"20021500.15\"", "2023-12-01")));
    }

    @Test
    void brokenPayloadsFail() throws Exception {
        String ok = "5d7f1a3e-1f0b-4b8e-9a57-0c3b8f7e2a10";
        assertFalse(EventContract.violations("resource-input.recorded", input("not-a-uuid", "\"1.00\"", "2023-12-01")).isEmpty());
        assertFalse(EventContract.violations("resource-input.recorded", input(ok, "\"1.00\"", "2023-13-45")).isEmpty());
        // money is a decimal string with two places, never a JSON number
        assertFalse(EventContract.violations("resource-input.recorded", input(ok, "20021500.15", "2023-12-01")).isEmpty());
        assertFalse(EventContract.violations("resource-input.recorded", input(ok, "\"20021500.1\"", "2023-12-01")).isEmpty());
        assertFalse(EventContract.violations("institution.registered", "{\"id\": \"" + ok + "\"}").isEmpty());
    }

    /** A report quoted without its words: the absent quote is left out, not written as null (which the schema refuses). */
    @Test
    void aReportedTotalWithoutAQuoteMatchesItsSchema() throws Exception {
        var event = new ReportedTotalEvent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "TEACHING_ROUND",
                "2022-01-01", "2025-05-31", 1500, null, new ReportedTotalEvent.Source("云南网", "2025-05-28", null), 0);
        String payload = new ObjectMapper().writeValueAsString(event);
        assertEquals(Set.of(), EventContract.violations(ReportedTotalEvent.REPORTED, payload), payload);
    }

    @Test
    void everyContractTypeHasASchema() {
        for (String type : Set.of("institution.registered", "institution.updated", "programme.registered",
                "programme.updated", "programme.status-changed", "batch.created", "batch.updated", "expert.registered",
                "expert.updated", "assignment.started", "assignment.updated", "assignment.ended",
                "workstation.established", "resource-input.recorded")) {
            assertEquals(true, EventTypes.SCHEMAS.containsKey(type), type);
        }
    }
}
