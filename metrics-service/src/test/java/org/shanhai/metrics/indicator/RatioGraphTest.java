package org.shanhai.metrics.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatioGraphTest {

    static RatioGraph.Parts p(String n, String d) {
        return new RatioGraph.Parts(n, d);
    }

    @Test
    void ratiosOfPlainIndicatorsHaveNoCycle() {
        Map<String, RatioGraph.Parts> g = Map.of("RATE", p("IN", "ALL"), "SHARE", p("L34", "ALL"));
        assertTrue(RatioGraph.cycleThrough("RATE", g).isEmpty());
    }

    @Test
    void aRatioOfARatioIsFineUntilItLoopsBack() {
        Map<String, RatioGraph.Parts> ok = Map.of("A", p("B", "C"), "B", p("D", "E"));
        assertTrue(RatioGraph.cycleThrough("A", ok).isEmpty());
        Map<String, RatioGraph.Parts> loop = Map.of("A", p("B", "C"), "B", p("D", "E"), "E", p("A", "F"));
        assertEquals(Optional.of(List.of("A", "B", "E", "A")), RatioGraph.cycleThrough("A", loop));
        assertEquals(Optional.of(List.of("A", "A")), RatioGraph.cycleThrough("A", Map.of("A", p("X", "A"))));
        // a cycle elsewhere is not this definition's
        assertTrue(RatioGraph.cycleThrough("Z", Map.of("Z", p("A", "B"), "A", p("B", "A"), "B", p("A", "C"))).isEmpty());
    }
}
