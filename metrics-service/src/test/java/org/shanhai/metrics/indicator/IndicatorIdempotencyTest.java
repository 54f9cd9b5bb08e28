package org.shanhai.metrics.indicator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.shanhai.common.testing.IdempotencyContract;

/** Idempotency-Key on metrics-service's creates, over defining a custom indicator. */
@QuarkusTest
class IndicatorIdempotencyTest extends IdempotencyContract {

    @Override
    protected String path() {
        return "/api/v1/indicators";
    }

    @Override
    protected String body(String distinct) {
        String code = "IDEM_" + distinct.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return "{\"code\":\"" + code + "\",\"nameZh\":\"幂等测试指标\",\"nameEn\":\"Idempotency check\",\"unit\":\"COUNT\","
                + "\"direction\":\"HIGHER_IS_BETTER\",\"aggregation\":\"SUM\",\"category\":\"SERVICE_CAPACITY\"}";
    }

    @Override
    protected String invalidBody() {
        return "{\"code\":\"lower-case\",\"nameZh\":\"幂等测试指标\",\"unit\":\"COUNT\",\"direction\":\"HIGHER_IS_BETTER\","
                + "\"aggregation\":\"SUM\",\"category\":\"SERVICE_CAPACITY\"}";
    }

    @Override
    protected String role() {
        return "NATIONAL_ADMIN";
    }

    @Override
    protected long stored() {
        return QuarkusTransaction.requiringNew().call(() -> Indicator.count());
    }
}
