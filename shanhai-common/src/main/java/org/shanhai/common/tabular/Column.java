package org.shanhai.common.tabular;

import java.util.List;

/**
 * A column of an import template: its header (what the importer reads), whether it is required, what
 * it holds in Chinese for the people who fill it in, an example, and the allowed values (a drop-down list).
 */
public record Column(String name, boolean required, String description, String example, List<String> allowed) {

    public static Column of(String name, boolean required, String description, String example) {
        return new Column(name, required, description, example, List.of());
    }

    public static Column choice(String name, boolean required, String description, List<String> allowed) {
        return new Column(name, required, description, allowed.get(0), allowed);
    }
}
