package org.shanhai.metrics.institution;

import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.InstitutionReadModelContract;

@QuarkusTest
class InstitutionReadModelTest extends InstitutionReadModelContract {
}
