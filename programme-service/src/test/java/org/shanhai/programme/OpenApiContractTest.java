package org.shanhai.programme;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published OpenAPI document holds the contract's paths and documents the problem responses. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void contractPathsAndMethodsArePublished() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Map<String, List<String>> contract = Map.ofEntries(
                Map.entry("/api/v1/institutions", List.of("get", "post")),
                Map.entry("/api/v1/institutions/{id}", List.of("get", "put", "patch")),
                Map.entry("/api/v1/institutions/{id}/programmes", List.of("get")),
                Map.entry("/api/v1/programmes", List.of("get", "post")),
                Map.entry("/api/v1/programmes/{id}", List.of("get", "put", "patch")),
                Map.entry("/api/v1/programmes/{id}/status", List.of("post")),
                Map.entry("/api/v1/programmes/{id}/history", List.of("get")),
                Map.entry("/api/v1/programmes/{id}/compliance", List.of("get")),
                Map.entry("/api/v1/programmes/{id}/batches", List.of("get", "post")),
                Map.entry("/api/v1/programmes/{id}/batches/{batchId}", List.of("get", "put")),
                Map.entry("/api/v1/experts", List.of("get", "post")),
                Map.entry("/api/v1/experts/{id}", List.of("get", "put")),
                Map.entry("/api/v1/programmes/{id}/assignments", List.of("get", "post")),
                Map.entry("/api/v1/programmes/{id}/assignments/{assignmentId}", List.of("get", "put", "delete")),
                Map.entry("/api/v1/programmes/{id}/workstations", List.of("get", "post")),
                Map.entry("/api/v1/programmes/{id}/resource-inputs", List.of("get", "post")));
        // path parameter names are free; compare the shapes
        Map<String, Map<String, Object>> byShape = new java.util.HashMap<>();
        paths.forEach((p, ops) -> byShape.put(p.replaceAll("\\{[^}]+}", "{}"), ops));
        contract.forEach((path, methods) -> {
            Map<String, Object> ops = byShape.get(path.replaceAll("\\{[^}]+}", "{}"));
            assertTrue(ops != null, "missing path " + path);
            for (String m : methods) {
                assertTrue(ops.containsKey(m), "missing " + m.toUpperCase() + " " + path);
            }
        });
        assertEquals("#/components/schemas/Problem",
                doc.getString("paths.'/api/v1/institutions'.post.responses.'400'.content.'application/problem+json'.schema.$ref"));
        assertTrue(doc.getMap("components.schemas.Problem.properties").containsKey("errors"));
        assertEquals("#/components/schemas/Institution",
                doc.getString("paths.'/api/v1/institutions'.post.responses.'201'.content.'application/json'.schema.$ref"));
    }
}
