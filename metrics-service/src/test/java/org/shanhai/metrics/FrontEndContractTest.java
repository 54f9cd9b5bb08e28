package org.shanhai.metrics;

import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.FrontEndContract;

@QuarkusTest
class FrontEndContractTest extends FrontEndContract {

    @Override
    protected String adminOperation() {
        return "defineIndicator";
    }

    @Override
    protected String readOperation() {
        return "listIndicators";
    }
}
