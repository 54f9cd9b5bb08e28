package org.shanhai.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What every consumer of programme.events must do with institution events, over the real
 * broker: apply them, apply a redelivered event once, send a broken one to the DLQ and go on.
 * Each consuming service runs it as a {@code @QuarkusTest} subclass.
 */
public abstract class InstitutionReadModelContract {

    static final String TOPIC = "programme.events";

    static void awaitName(UUID id, String name) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + id)
                        .then().statusCode(200).body("name", equalTo(name)));
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
        given().get("/api/v1/institutions").then().statusCode(401);
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        UUID ceId = UUID.randomUUID();
        TestEvents.send(TOPIC, id.toString(), ceId, "institution.registered", TestEvents.institution(id, "第一次", "522728", 0));
        awaitName(id, "第一次");
        // the same ce_id again, even with another payload and a newer version, is not applied
        TestEvents.send(TOPIC, id.toString(), ceId, "institution.registered", TestEvents.institution(id, "第二次", "522728", 5));
        // a later event on the same key: once it is applied, the duplicate before it has been handled
        UUID marker = UUID.randomUUID();
        TestEvents.send(TOPIC, id.toString(), UUID.randomUUID(), "institution.registered",
                TestEvents.institution(marker, "标记", "522728", 0));
        awaitName(marker, "标记");
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + id).then()
                .body("name", equalTo("第一次")).body("sourceVersion", equalTo(0));
    }

    @Test
    void aBrokenEventGoesToTheDeadLetterTopicAndTheNextIsApplied() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID broken = UUID.randomUUID();
        UUID incomplete = UUID.randomUUID();
        TestEvents.send(TOPIC, key, broken, "institution.registered", "{not json");
        TestEvents.send(TOPIC, key, incomplete, "institution.registered", "{\"id\":\"" + key + "\"}");
        UUID next = UUID.randomUUID();
        TestEvents.send(TOPIC, key, UUID.randomUUID(), "institution.registered", TestEvents.institution(next, "之后的事件", "520102", 0));
        awaitName(next, "之后的事件");

        // the key is new to this test, so every dead letter with it comes from this service's consumer
        List<ConsumerRecord<String, String>> dead = EventTap.read(TOPIC + ".dlq", r -> key.equals(r.key()),
                seen -> seen.size() >= 2, Duration.ofSeconds(30));
        assertEquals(List.of(broken.toString(), incomplete.toString()),
                dead.stream().map(r -> EventTap.header(r, "ce_id")).toList());
        org.hamcrest.MatcherAssert.assertThat(EventTap.header(dead.get(0), "dead-letter-reason"), containsString("not JSON"));
        org.hamcrest.MatcherAssert.assertThat(EventTap.header(dead.get(1), "dead-letter-reason"), containsString("lacks"));
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + key).then().statusCode(404);
    }
}
