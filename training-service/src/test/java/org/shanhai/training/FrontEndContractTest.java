package org.shanhai.training;

import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.FrontEndContract;

@QuarkusTest
class FrontEndContractTest extends FrontEndContract {

    @Override
    protected String adminOperation() {
        return "replayDeadLetters";
    }

    @Override
    protected String readOperation() {
        return "listTrainingActivities";
    }
}
