package org.shanhai.contract;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The compatibility gate: a service's current document against the one released to integrators
 * (docs/api/released). A change that breaks a client built against the released document (a removed
 * path or operation, a removed or renamed field, a removed enum value, a newly required field or
 * parameter) is refused, unless the current document declares a new major version in
 * {@code info.version}: that is how a breaking change is recorded, and the released copy is then
 * replaced by the new one (docs/api/README.md).
 */
@SuppressWarnings("rawtypes")
final class CompatibilityGate {

    record Verdict(boolean breaking, boolean newMajorVersion, String releasedVersion, String currentVersion,
                   String report) {
        boolean refused() {
            return breaking && !newMajorVersion;
        }
    }

    private CompatibilityGate() {
    }

    /*
     * A value added to an enumeration a response carries is allowed: clients are told to expect new
     * values (docs/integration.md), as government APIs that grow code lists do. openapi-diff counts it
     * as breaking by default.
     */
    private static final OpenApiDiffOptions OPTIONS = OpenApiDiffOptions.builder()
            .configProperty("incompatible.response.enum.increased", "false")
            .build();

    static Verdict judge(Path released, Path current) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(released.toUri().toString(), current.toUri().toString(),
                null, OPTIONS);
        String releasedVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String currentVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        boolean newMajor = major(currentVersion).orElse(0) > major(releasedVersion).orElse(0);
        List<String> removed = removedSchemaProperties(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
        String report = render(diff) + (removed.isEmpty() ? ""
                : "\n#### Removed from the schemas\n" + removed.stream().map(r -> "* " + r + "\n").collect(Collectors.joining()));
        return new Verdict(diff.isIncompatible() || !removed.isEmpty(), newMajor, releasedVersion, currentVersion,
                report);
    }

    /*
     * openapi-diff lets a response lose a property its schema does not list as required, and the
     * services' response schemas list none; a client reading the field breaks all the same. So a
     * named schema, or a property of one, that the released document has and this one lacks is
     * breaking too (a rename is a removal and an addition).
     */
    static List<String> removedSchemaProperties(OpenAPI released, OpenAPI current) {
        Map<String, Schema> before = schemas(released);
        Map<String, Schema> after = schemas(current);
        List<String> removed = new ArrayList<>();
        before.forEach((name, schema) -> {
            Schema now = after.get(name);
            if (now == null) {
                removed.add("schema `" + name + "`");
                return;
            }
            Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            Map<String, Schema> nowProperties = now.getProperties() == null ? Map.of() : now.getProperties();
            properties.keySet().stream().filter(p -> !nowProperties.containsKey(p)).sorted()
                    .forEach(p -> removed.add("property `" + p + "` of schema `" + name + "`"));
        });
        return removed;
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas(OpenAPI api) {
        return api.getComponents() == null || api.getComponents().getSchemas() == null ? Map.of()
                : new TreeMap<>(api.getComponents().getSchemas());
    }

    private static String render(ChangedOpenApi diff) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Optional<Integer> major(String version) {
        if (version == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(version.strip().split("\\.")[0]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
