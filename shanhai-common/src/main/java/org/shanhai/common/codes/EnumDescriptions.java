package org.shanhai.common.codes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Each enumeration in an OpenAPI document gets the Chinese and English label of each value, from the
 * service's code lists: in {@code x-enum-descriptions} (which generators put on the generated enum)
 * and in the description, with the code list that serves them. A schema is matched to its Java enum
 * by its values, as the generated names can differ (Kind, Kind1).
 */
public final class EnumDescriptions {

    private EnumDescriptions() {
    }

    public static void describe(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getEnumeration() == null || schema.getEnumeration().isEmpty()) {
                continue;
            }
            List<String> values = schema.getEnumeration().stream().map(String::valueOf).toList();
            for (Map.Entry<String, Class<? extends Enum<?>>> list : CodeLists.enumerations().entrySet()) {
                Set<String> names = new HashSet<>();
                for (Enum<?> c : list.getValue().getEnumConstants()) {
                    names.add(c.name());
                }
                if (names.equals(new HashSet<>(values))) {
                    label(schema, values, list.getKey(), list.getValue());
                    break;
                }
            }
        }
    }

    private static void label(Schema schema, List<String> values, String listName, Class<? extends Enum<?>> type) {
        List<String> descriptions = new ArrayList<>();
        for (String value : values) {
            Label label = null;
            for (Enum<?> c : type.getEnumConstants()) {
                if (c.name().equals(value)) {
                    label = CodeLists.label(c);
                }
            }
            descriptions.add(label == null ? value : label.zh() + " " + label.en());
        }
        schema.addExtension("x-enum-descriptions", descriptions);
        Label typeLabel = type.getAnnotation(Label.class);
        String head = schema.getDescription() != null ? schema.getDescription()
                : typeLabel != null ? typeLabel.zh() + " " + typeLabel.en() : "";
        String table = values.stream().map(v -> "`" + v + "` " + descriptions.get(values.indexOf(v)))
                .collect(Collectors.joining("; "));
        schema.setDescription((head.isEmpty() ? "" : head + ". ") + "Values 取值: " + table
                + " (code list 代码表: " + listName + ")");
    }
}
