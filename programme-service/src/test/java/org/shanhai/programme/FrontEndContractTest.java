package org.shanhai.programme;

import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.FrontEndContract;

@QuarkusTest
class FrontEndContractTest extends FrontEndContract {

    @Override
    protected String adminOperation() {
        return "registerInstitution";
    }

    @Override
    protected String readOperation() {
        return "listInstitutions";
    }
}
