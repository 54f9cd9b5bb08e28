package org.shanhai.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.shanhai.common.events.contract.EventTypes;

/** Checks an event payload against the JSON Schema its type names in {@link EventTypes}. */
public final class EventContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventContract() {
    }

    /** @return the schema's complaints, empty when the payload matches. */
    public static Set<ValidationMessage> violations(String type, String payload) throws Exception {
        String path = EventTypes.SCHEMAS.get(type);
        if (path == null) {
            throw new AssertionError("no schema for event type " + type);
        }
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("schema " + path + " is not on the classpath");
            }
            // formats (uuid, date) are assertions here, not annotations: a malformed id fails the contract
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            JsonNode node = MAPPER.readTree(payload);
            return schema.validate(node);
        }
    }
}
