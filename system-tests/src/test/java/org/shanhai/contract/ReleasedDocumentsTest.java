package org.shanhai.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The gate itself: each service's document of this build against the one released to integrators. */
class ReleasedDocumentsTest {

    static final java.util.List<String> SERVICES = Documents.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void noUnversionedBreakingChange(String service) {
        var current = Documents.current(service);
        var released = Documents.released(service);
        assertTrue(Files.isRegularFile(current), current + " is missing: the service's build writes it");
        assertTrue(Files.isRegularFile(released), released + " is missing: a released document is committed there");
        var verdict = CompatibilityGate.judge(released, current);
        assertFalse(verdict.refused(), () -> service + ": the document breaks clients built against the released "
                + verdict.releasedVersion() + " and does not declare a new major version (info.version is "
                + verdict.currentVersion() + "). Undo the change, or record it as a new version (docs/api/README.md).\n"
                + verdict.report());
    }
}
