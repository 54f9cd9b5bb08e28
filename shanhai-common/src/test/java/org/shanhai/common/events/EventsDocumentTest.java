package org.shanhai.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.shanhai.common.events.contract.EventTypes;

/**
 * Writes docs/api/events.asyncapi.yaml from the event contracts (as each service's build writes its OpenAPI
 * document) and checks what it says of each type. system-tests/run.sh validates it with the AsyncAPI parser
 * and checks every event the services produced against it.
 */
class EventsDocumentTest {

    static final Path OUT = Path.of("../docs/api/events.asyncapi.yaml");

    @Test
    void everyEventTypeIsAMessageOfItsTopicWithItsPayloadSchema() throws Exception {
        JsonNode doc = EventsDocument.document();
        for (EventTypes.Contract c : EventTypes.CONTRACTS) {
            JsonNode message = doc.at("/components/messages/" + c.type().replace("/", "~1"));
            assertEquals(c.type(), message.path("name").asText(), c.type());
            String schema = message.at("/payload/$ref").asText();
            assertEquals("#/components/schemas/" + c.schemaName(), schema, c.type());
            JsonNode payload = doc.at("/components/schemas/" + c.schemaName());
            assertTrue(payload.has("properties") && !payload.has("$schema"), c.type());
            String channel = EventsDocument.TOPICS.get(c.topic())[0];
            assertEquals(c.topic(), doc.at("/channels/" + channel + "/address").asText());
            assertTrue(doc.at("/channels/" + channel + "/messages").has(c.type()), c.type() + " on " + c.topic());
        }
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, EventsDocument.yaml(), StandardCharsets.UTF_8);
    }
}
