package org.shanhai.programme;

import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.CodeListsContract;

@QuarkusTest
class CodeListsTest extends CodeListsContract {

    @Override
    protected String adminOperation() {
        return "registerInstitution";
    }

    @Override
    protected String readOperation() {
        return "listInstitutions";
    }
}
