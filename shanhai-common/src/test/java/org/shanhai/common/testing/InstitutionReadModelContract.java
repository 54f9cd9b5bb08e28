package org.shanhai.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every consumer of programme.events must do, over the real broker: apply institution
 * events, apply a redelivered event once, refuse what it must not trust, send a broken record to
 * its own dead-letter topic with the headers that say where it came from, go on with the next,
 * and apply a dead letter once its cause is fixed and it is replayed. Each consuming service runs
 * it as a {@code @QuarkusTest} subclass.
 */
public abstract class InstitutionReadModelContract {

    static final String TOPIC = "programme.events";

    static String deadLetterTopic() {
        return ConfigProvider.getConfig().getValue("shanhai.consumer.dead-letter-topic", String.class);
    }

    static void awaitName(UUID id, String name) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + id)
                        .then().statusCode(200).body("name", equalTo(name)));
    }

    /** Sends a marker with {@code key} and waits until it is applied: the records before it on that key are handled. */
    static void marker(String key) throws Exception {
        UUID ce = UUID.randomUUID();
        TestEvents.send(TOPIC, key, ce, MarkerHandler.TYPE, "{\"id\":\"" + key + "\"}");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> MarkerHandler.SEEN.contains(ce));
    }

    /** A consumer counter from /q/metrics (shanhai_events_applied_total, ..._duplicates_total) for one ce_type. */
    static double counter(String name, String type) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(name + "{") && l.contains("ce_type=\"" + type + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static List<ConsumerRecord<String, String>> deadLetters(String key, int atLeast) {
        return EventTap.read(deadLetterTopic(), r -> key.equals(r.key()), seen -> seen.size() >= atLeast,
                Duration.ofSeconds(30));
    }

    @Test
    void appliesRegistrationAndUpdate() throws Exception {
        UUID id = UUID.randomUUID();
        TestEvents.send(TOPIC, id.toString(), UUID.randomUUID(), "institution.registered",
                TestEvents.institution(id, "盐津县中医医院", "530623", 0));
        awaitName(id, "盐津县中医医院");
        TestEvents.send(TOPIC, id.toString(), UUID.randomUUID(), "institution.updated",
                TestEvents.institution(id, "盐津县中医院", "530623", 1));
        awaitName(id, "盐津县中医院");
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions?divisionCode=530623&size=200")
                .then().statusCode(200).body("items.findAll { it.id == '" + id + "' }.sourceVersion", equalTo(List.of(1)));
        // an older version arriving late changes nothing (the marker behind it on its key shows it was handled)
        TestEvents.send(TOPIC, id.toString(), UUID.randomUUID(), "institution.updated",
                TestEvents.institution(id, "旧名称", "530623", 0));
        marker(id.toString());
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + id).then()
                .body("name", equalTo("盐津县中医院")).body("sourceVersion", equalTo(1));
        given().get("/api/v1/institutions").then().statusCode(401);
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        UUID ceId = UUID.randomUUID();
        TestEvents.send(TOPIC, id.toString(), ceId, "institution.registered", TestEvents.institution(id, "第一次", "522728", 0));
        awaitName(id, "第一次");
        double duplicates = counter("shanhai_events_duplicates_total", "institution.updated");
        double applied = counter("shanhai_events_applied_total", "institution.updated");
        // the same ce_id again, even with another payload and a newer version, is not applied
        TestEvents.send(TOPIC, id.toString(), ceId, "institution.updated", TestEvents.institution(id, "第二次", "522728", 5));
        marker(id.toString());
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + id).then()
                .body("name", equalTo("第一次")).body("sourceVersion", equalTo(0));
        assertEquals(duplicates + 1, counter("shanhai_events_duplicates_total", "institution.updated"));
        assertEquals(applied, counter("shanhai_events_applied_total", "institution.updated"));
    }

    @Test
    void brokenOrUntrustedEventsGoToTheServicesDeadLetterTopicAndTheNextIsApplied() throws Exception {
        UUID id = UUID.randomUUID();
        String key = id.toString();
        UUID broken = UUID.randomUUID();
        UUID incomplete = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();
        UUID misKeyed = UUID.randomUUID();
        TestEvents.send(TOPIC, key, broken, "institution.registered", "{not json");
        TestEvents.send(TOPIC, key, incomplete, "institution.registered", "{\"id\":\"" + key + "\"}");
        TestEvents.send(TOPIC, key, foreign, "institution.registered", TestEvents.institution(id, "冒充的", "520102", 0),
                "/somebody-else");
        // a payload about another institution under this key, one that names this key as its programme
        TestEvents.send(TOPIC, key, misKeyed, "institution.registered",
                TestEvents.institution(UUID.randomUUID(), "错键的", "520102", 0));
        UUID smuggled = UUID.randomUUID();
        TestEvents.send(TOPIC, key, smuggled, "institution.updated", "{\"id\":\"" + UUID.randomUUID()
                + "\",\"programmeId\":\"" + key + "\",\"name\":\"夹带的\",\"kind\":\"OTHER\",\"version\":9}");
        TestEvents.send(TOPIC, key, UUID.randomUUID(), "institution.registered",
                TestEvents.institution(id, "之后的事件", "520102", 0));
        awaitName(id, "之后的事件");

        // the key is new to this test, so every dead letter with it comes from this service's consumer
        List<ConsumerRecord<String, String>> dead = deadLetters(key, 5);
        assertEquals(List.of(broken.toString(), incomplete.toString(), foreign.toString(), misKeyed.toString(),
                smuggled.toString()), dead.stream().map(r -> EventTap.header(r, "ce_id")).toList());
        assertThat(EventTap.header(dead.get(4), "dead-letter-reason"), containsString("record key"));
        assertThat(EventTap.header(dead.get(0), "dead-letter-reason"), containsString("not JSON"));
        assertThat(EventTap.header(dead.get(1), "dead-letter-reason"), containsString("lacks"));
        assertThat(EventTap.header(dead.get(2), "dead-letter-reason"), containsString("ce_source"));
        assertThat(EventTap.header(dead.get(3), "dead-letter-reason"), containsString("record key"));
        for (ConsumerRecord<String, String> r : dead) {
            assertEquals(TOPIC, EventTap.header(r, "dead-letter-topic"));
            assertThat(EventTap.header(r, "ce_type"), containsString("institution."));
            Integer.parseInt(EventTap.header(r, "dead-letter-partition"));
            Long.parseLong(EventTap.header(r, "dead-letter-offset"));
        }
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + id).then()
                .body("name", equalTo("之后的事件")).body("sourceVersion", equalTo(0));
    }

    @Test
    void aDeadLetterIsAppliedOnceWhenReplayedAfterItsCauseIsFixed() throws Exception {
        FlakyHandler.BROKEN.set(true);
        UUID id = UUID.randomUUID();
        UUID ceId = UUID.randomUUID();
        TestEvents.send(TOPIC, id.toString(), ceId, FlakyHandler.TYPE, "{\"id\":\"" + id + "\"}");
        List<ConsumerRecord<String, String>> dead = deadLetters(id.toString(), 1);
        assertEquals(ceId.toString(), EventTap.header(dead.get(0), "ce_id"));
        assertThat(EventTap.header(dead.get(0), "dead-letter-reason"), containsString("not fixed"));
        assertEquals(0, FlakyHandler.timesApplied(ceId));

        // only a national administrator replays
        given().auth().oauth2(Tokens.role("VIEWER")).post("/api/v1/dead-letters/replay").then().statusCode(403);
        given().auth().oauth2(Tokens.nationalAdmin()).get("/api/v1/dead-letters?outstanding=true&limit=1000").then()
                .statusCode(200).body("findAll { it.ceId == '" + ceId + "' }.topic", equalTo(List.of(TOPIC)));

        FlakyHandler.BROKEN.set(false);
        given().auth().oauth2(Tokens.nationalAdmin()).post("/api/v1/dead-letters/replay").then().statusCode(200)
                .body("failed.findAll { it.ceId == '" + ceId + "' }.size()", equalTo(0));
        assertEquals(1, FlakyHandler.timesApplied(ceId));
        given().auth().oauth2(Tokens.nationalAdmin()).get("/api/v1/dead-letters?limit=1000").then().statusCode(200)
                .body("findAll { it.ceId == '" + ceId + "' }.applied", equalTo(List.of(true)));
        // a second replay finds it applied: nothing changes
        given().auth().oauth2(Tokens.nationalAdmin()).post("/api/v1/dead-letters/replay").then().statusCode(200);
        assertEquals(1, FlakyHandler.timesApplied(ceId));
    }
}
