package org.shanhai.metrics;

import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.CodeListsContract;

@QuarkusTest
class CodeListsTest extends CodeListsContract {

    @Override
    protected String adminOperation() {
        return "defineIndicator";
    }

    @Override
    protected String readOperation() {
        return "listIndicators";
    }
}
