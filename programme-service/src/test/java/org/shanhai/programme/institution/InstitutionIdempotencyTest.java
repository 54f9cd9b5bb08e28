package org.shanhai.programme.institution;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.IdempotencyContract;

/** Idempotency-Key on programme-service's creates, over registering an institution. */
@QuarkusTest
class InstitutionIdempotencyTest extends IdempotencyContract {

    @Override
    protected String path() {
        return "/api/v1/institutions";
    }

    @Override
    protected String body(String distinct) {
        return "{\"name\":\"幂等登记医院-" + distinct + "\",\"divisionCode\":\"530623\",\"kind\":\"COUNTY_HOSPITAL\"}";
    }

    @Override
    protected String invalidBody() {
        return "{\"name\":\"幂等登记医院\",\"divisionCode\":\"999999\",\"kind\":\"COUNTY_HOSPITAL\"}";
    }

    @Override
    protected String role() {
        return "NATIONAL_ADMIN";
    }

    @Override
    protected long stored() {
        return QuarkusTransaction.requiringNew().call(() -> Institution.count());
    }
}
