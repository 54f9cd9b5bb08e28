package org.shanhai.common.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives each operation's success response its example: the service's answer on the demo data,
 * recorded by {@code ./dev examples} into {@code openapi/examples.json} (operationId, then status,
 * then the body). An example written on the operation itself is kept. The examples are held against
 * their schemas in ./dev test (system-tests/responses-check.js), so they cannot drift from the API.
 */
final class ResponseExamples {

    static final String RESOURCE = "openapi/examples.json";

    private ResponseExamples() {
    }

    static void describe(OpenAPI openAPI) {
        Map<String, Map<String, Object>> examples = load();
        if (examples.isEmpty()) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                Map<String, Object> byStatus = examples.get(op.getOperationId());
                if (byStatus == null || op.getResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, Object> e : byStatus.entrySet()) {
                    APIResponse response = op.getResponses().getAPIResponse(e.getKey());
                    MediaType json = response == null || response.getContent() == null ? null
                            : response.getContent().getMediaType("application/json");
                    if (json != null && json.getExample() == null
                            && (json.getExamples() == null || json.getExamples().isEmpty())) {
                        json.setExample(e.getValue());
                    }
                }
            }
        }
    }

    private static Map<String, Map<String, Object>> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Map.of() : new ObjectMapper().readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
