package org.shanhai.metrics.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's RATIO indicators as a graph (a ratio points at its numerator and denominator):
 * a definition that would let a ratio reach itself is refused. Pure.
 */
public final class RatioGraph {

    /** A ratio's parts; a non-ratio has none. */
    public record Parts(String numerator, String denominator) {
    }

    private RatioGraph() {
    }

    /** A cycle through {@code start} in the graph (as the list of codes from start back to it), if any. */
    public static Optional<List<String>> cycleThrough(String start, Map<String, Parts> ratios) {
        List<String> path = new ArrayList<>();
        path.add(start);
        return walk(start, start, ratios, path, new HashSet<>());
    }

    private static Optional<List<String>> walk(String start, String at, Map<String, Parts> ratios, List<String> path,
            Set<String> seen) {
        Parts p = ratios.get(at);
        if (p == null) {
            return Optional.empty();
        }
        for (String next : List.of(p.numerator(), p.denominator())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (seen.add(next)) {
                path.add(next);
                Optional<List<String>> found = walk(start, next, ratios, path, seen);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }
}
