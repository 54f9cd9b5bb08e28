package org.shanhai.training.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.shanhai.common.events.contract.AssignmentEvent;
import org.shanhai.common.events.contract.ExpertEvent;
import org.shanhai.common.events.contract.ProgrammeEvent;
import org.shanhai.common.testing.TestEvents;
import org.shanhai.common.testing.Tokens;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;

/**
 * A programme as programme-service would announce it on programme.events: a lead (Shanghai), a
 * partner, two recipient counties in Yunnan (53), one outside institution, an expert with one
 * assignment at the first county. Each test makes its own, so tests share nothing.
 */
public final class TrainingFixture {

    static final ObjectMapper JSON = new ObjectMapper();

    public final UUID programme = UUID.randomUUID();
    public final UUID lead = UUID.randomUUID();
    public final UUID partner = UUID.randomUUID();
    public final UUID county = UUID.randomUUID();
    public final UUID township = UUID.randomUUID();
    public final UUID outsider = UUID.randomUUID();
    public final UUID expert = UUID.randomUUID();
    public final UUID assignment = UUID.randomUUID();
    public final String code = "YN-FIX-" + programme.toString().substring(0, 8).toUpperCase();
    public final String start;
    public final String end;
    final String status;
    long version;

    private TrainingFixture(String start, String end, String status) {
        this.start = start;
        this.end = end;
        this.status = status;
    }

    /** An ACTIVE programme from {@code start} (to {@code end}, or open), the expert assigned {@code from..to}. */
    public static TrainingFixture active(String start, String end, String assignedFrom, String assignedTo) throws Exception {
        TrainingFixture f = new TrainingFixture(start, end, "ACTIVE");
        f.announce(assignedFrom, assignedTo);
        return f;
    }

    public static TrainingFixture planned(String start) throws Exception {
        TrainingFixture f = new TrainingFixture(start, null, "PLANNED");
        f.announce(start, null);
        return f;
    }

    public static <T> T read(java.util.concurrent.Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    void announce(String assignedFrom, String assignedTo) throws Exception {
        institution(lead, "新华医院", "310110");
        institution(partner, "上海市第一人民医院", "310101");
        institution(county, "盐津县人民医院", "530623");
        institution(township, "盐津县中医医院", "530623");
        institution(outsider, "罗甸县人民医院", "522728");
        send(programme, ProgrammeEvent.REGISTERED, programmeEvent(status), OffsetDateTime.now());
        send(expert, ExpertEvent.REGISTERED, new ExpertEvent(expert, "张三", lead, "03.01", "主任医师", "SENIOR", null, 0, null),
                OffsetDateTime.now());
        assign(assignedFrom, assignedTo, 0, AssignmentEvent.STARTED);
        ProgrammeReferences registry = Arc.container().instance(ProgrammeReferences.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> read(() ->
                registry.programme(programme).isPresent() && registry.isKnownExpert(expert)
                        && registry.assignments(programme).size() == 1)
                && known(lead) && known(partner) && known(county) && known(township) && known(outsider));
    }

    /** Moves the assignment's end (programme-service's assignment.updated / .ended) and waits for it. */
    public void assign(String from, String to, long assignmentVersion, String type) throws Exception {
        send(programme, type, new AssignmentEvent(assignment, programme, UUID.randomUUID(), expert, county,
                List.of("TEAM_LEADER"), "03.01", from, to, assignmentVersion, null), OffsetDateTime.now());
    }

    /** Waits until the registry says the expert is (or is not) assigned on {@code day}. */
    public void awaitAssigned(java.time.LocalDate day, boolean assigned) {
        ProgrammeReferences registry = Arc.container().instance(ProgrammeReferences.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> read(() -> registry.isAssigned(programme, expert, day)) == assigned);
    }

    /** A status change that took effect at {@code at} (the event's ce_time). */
    public void status(String newStatus, OffsetDateTime at) throws Exception {
        version++;
        send(programme, ProgrammeEvent.STATUS_CHANGED, programmeEvent(newStatus), at);
        ProgrammeReferences registry = Arc.container().instance(ProgrammeReferences.class).get();
        long expected = version + 1;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> registry.statusHistory(programme).size()
                == expected));
    }

    ProgrammeEvent programmeEvent(String s) {
        return new ProgrammeEvent(programme, code, "测试项目", "GROUP_ASSISTANCE", lead, List.of(partner),
                List.of(new ProgrammeEvent.Recipient(county, true), new ProgrammeEvent.Recipient(township, false)), start,
                end, s, null, List.of(), List.of(), version, null);
    }

    void institution(UUID id, String name, String division) throws Exception {
        TestEvents.send("programme.events", id.toString(), UUID.randomUUID(), "institution.registered",
                TestEvents.institution(id, name + "-" + id, division, 0));
    }

    void send(UUID key, String type, Object payload, OffsetDateTime at) throws Exception {
        TestEvents.send("programme.events", key.toString(), UUID.randomUUID(), type, JSON.writeValueAsString(payload),
                TestEvents.PROGRAMME_SERVICE, at);
    }

    static boolean known(UUID institution) {
        return given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + institution).statusCode() == 200;
    }

    // tokens of the roles the role matrix names
    public String reporter() {
        return Tokens.of("HOSPITAL_REPORTER", county, null);
    }

    public String leadManager() {
        return Tokens.of("PROGRAMME_MANAGER", lead, null);
    }

    public String partnerManager() {
        return Tokens.of("PROGRAMME_MANAGER", partner, null);
    }

    public String outsiderManager() {
        return Tokens.of("PROGRAMME_MANAGER", outsider, null);
    }
}
