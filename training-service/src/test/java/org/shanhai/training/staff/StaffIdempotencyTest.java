package org.shanhai.training.staff;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.shanhai.common.events.contract.ProgrammeEvent;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import org.shanhai.common.testing.IdempotencyContract;
import org.shanhai.common.testing.TestEvents;
import org.shanhai.common.testing.Tokens;

/** Idempotency-Key on training-service's creates, over registering a staff member. */
@QuarkusTest
class StaffIdempotencyTest extends IdempotencyContract {

    static UUID county;

    @Inject
    ProgrammeReferences registry;

    /** Staff are registered at a programme's recipient: a county hospital and its programme, from programme.events. */
    @BeforeEach
    void aRecipientKnownFromProgrammeEvents() throws Exception {
        if (county != null) {
            return;
        }
        UUID id = UUID.randomUUID(), lead = UUID.randomUUID(), programme = UUID.randomUUID();
        for (UUID i : List.of(id, lead)) {
            TestEvents.send("programme.events", i.toString(), UUID.randomUUID(), "institution.registered",
                    TestEvents.institution(i, "幂等测试医院-" + i, i == id ? "530623" : "310110", 0));
        }
        TestEvents.send("programme.events", programme.toString(), UUID.randomUUID(), ProgrammeEvent.REGISTERED,
                new ObjectMapper().writeValueAsString(new ProgrammeEvent(programme, "IDEM-" + programme.toString()
                        .substring(0, 6).toUpperCase(), "幂等测试", "GROUP_ASSISTANCE", lead, List.of(),
                        List.of(new ProgrammeEvent.Recipient(id, true)), "2021-07-01", null, "ACTIVE", null,
                        List.of(), List.of(), 0, null)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> registry.isRecipient(id)) && given().auth().oauth2(Tokens.role("VIEWER"))
                .get("/api/v1/institutions/" + id).statusCode() == 200);
        county = id;
    }

    @Override
    protected String path() {
        return "/api/v1/staff";
    }

    @Override
    protected String body(String distinct) {
        return "{\"name\":\"李红" + distinct + "\",\"institutionId\":\"" + county + "\",\"department\":\"04.02\",\"title\":\"住院医师\"}";
    }

    @Override
    protected String invalidBody() {
        return "{\"name\":\"李红\",\"institutionId\":\"" + county + "\",\"department\":\"99.99\",\"title\":\"住院医师\"}";
    }

    @Override
    protected String role() {
        return "NATIONAL_ADMIN";
    }

    @Override
    protected long stored() {
        return QuarkusTransaction.requiringNew().call(() -> StaffMember.count());
    }
}
