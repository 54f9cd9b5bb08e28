package org.shanhai.common.etag;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void absentStarOrMatchingTagPasses() {
        assertDoesNotThrow(() -> ETags.check(null, 3));
        assertDoesNotThrow(() -> ETags.check("*", 3));
        assertDoesNotThrow(() -> ETags.check("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.check("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.check("\"1\", \"3\"", 3));
    }

    @Test
    void staleTagIsPreconditionFailed() {
        HttpProblem p = assertThrows(HttpProblem.class, () -> ETags.check("\"2\"", 3));
        assertEquals(412, p.getStatusCode());
        assertThrows(HttpProblem.class, () -> ETags.check("\"33\"", 3));
    }
}
