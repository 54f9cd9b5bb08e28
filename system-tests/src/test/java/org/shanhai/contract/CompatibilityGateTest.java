package org.shanhai.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The gate refuses each kind of breaking change the issue names, made to a copy of programme-service's
 * released document, lets additions through, and lets a breaking change through once it is recorded
 * as a new major version.
 */
class CompatibilityGateTest {

    static final Path RELEASED = Documents.released("programme-service");
    static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    @Test
    void aRemovedPathIsRefused() throws IOException {
        var verdict = judgeChanged(doc -> paths(doc).remove("/api/v1/institutions/{id}"));
        assertTrue(verdict.refused(), verdict.report());
        assertTrue(verdict.report().contains("/api/v1/institutions/{id}"), verdict.report());
    }

    @Test
    void aRenamedResponseFieldIsRefused() throws IOException {
        var verdict = judgeChanged(doc -> {
            var properties = (ObjectNode) schema(doc, "Institution").get("properties");
            properties.set("title", properties.remove("name"));
        });
        assertTrue(verdict.refused(), verdict.report());
        assertTrue(verdict.report().contains("property `name` of schema `Institution`"), verdict.report());
    }

    @Test
    void aRemovedEnumValueIsRefused() throws IOException {
        var verdict = judgeChanged(doc -> {
            var values = (ArrayNode) schema(doc, "InstitutionKind").get("enum");
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).asText().equals("TCM_HOSPITAL")) {
                    values.remove(i);
                }
            }
        });
        assertTrue(verdict.refused(), verdict.report());
        assertTrue(verdict.report().contains("TCM_HOSPITAL"), verdict.report());
    }

    @Test
    void aNewlyRequiredRequestFieldIsRefused() throws IOException {
        var verdict = judgeChanged(doc -> ((ArrayNode) schema(doc, "InstitutionRequest").get("required")).add("nameEn"));
        assertTrue(verdict.refused(), verdict.report());
        assertTrue(verdict.report().contains("nameEn"), verdict.report());
    }

    @Test
    void additionsPass() throws IOException {
        var verdict = judgeChanged(doc -> {
            ((ObjectNode) schema(doc, "Institution").get("properties")).putObject("alias").put("type", "string");
            ((ObjectNode) schema(doc, "InstitutionRequest").get("properties")).putObject("alias").put("type", "string");
            ((ArrayNode) schema(doc, "InstitutionKind").get("enum")).add("PRIVATE_HOSPITAL");
        });
        assertFalse(verdict.breaking(), verdict.report());
        assertFalse(verdict.refused());
    }

    @Test
    void aBreakingChangeRecordedAsANewMajorVersionPasses() throws IOException {
        var verdict = judgeChanged(doc -> {
            paths(doc).remove("/api/v1/institutions/{id}");
            ((ObjectNode) doc.get("info")).put("version", "2.0.0");
        });
        assertTrue(verdict.breaking(), verdict.report());
        assertTrue(verdict.newMajorVersion());
        assertFalse(verdict.refused());
    }

    @Test
    void aMinorVersionDoesNotRecordABreakingChange() throws IOException {
        var verdict = judgeChanged(doc -> {
            paths(doc).remove("/api/v1/institutions/{id}");
            ((ObjectNode) doc.get("info")).put("version", "1.1.0");
        });
        assertTrue(verdict.refused(), verdict.report());
    }

    private CompatibilityGate.Verdict judgeChanged(Consumer<ObjectNode> change) throws IOException {
        var doc = (ObjectNode) YAML.readTree(RELEASED.toFile());
        change.accept(doc);
        Path changed = dir.resolve("changed.openapi.yaml");
        YAML.writeValue(changed.toFile(), doc);
        return CompatibilityGate.judge(RELEASED, changed);
    }

    private static ObjectNode paths(ObjectNode doc) {
        return (ObjectNode) doc.get("paths");
    }

    private static ObjectNode schema(ObjectNode doc, String name) {
        return (ObjectNode) doc.get("components").get("schemas").get(name);
    }
}
