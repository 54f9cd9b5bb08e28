package org.shanhai.common.paging;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional filters of a list, as one Panache query: each clause counts only when its value
 * was given (not null, not blank), and they combine with AND.
 * {@code Entity.find(f.query(), sort, f.params())}.
 */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters params = new Parameters();

    /** Adds {@code clause} (which names {@code :name}) when {@code value} was given. */
    public Filters and(String clause, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            clauses.add(clause);
            params.and(name, value);
        }
        return this;
    }

    /** A clause without a parameter, added when {@code given}. */
    public Filters and(String clause, boolean given) {
        if (given) {
            clauses.add(clause);
        }
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters params() {
        return params;
    }
}
