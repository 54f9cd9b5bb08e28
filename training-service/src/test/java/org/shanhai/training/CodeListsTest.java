package org.shanhai.training;

import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.CodeListsContract;

@QuarkusTest
class CodeListsTest extends CodeListsContract {

    @Override
    protected String adminOperation() {
        return "replayDeadLetters";
    }

    @Override
    protected String readOperation() {
        return "listTrainingActivities";
    }
}
