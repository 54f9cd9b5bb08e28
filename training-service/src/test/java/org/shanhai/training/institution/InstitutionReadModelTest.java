package org.shanhai.training.institution;

import io.quarkus.test.junit.QuarkusTest;
import org.shanhai.common.testing.InstitutionReadModelContract;

@QuarkusTest
class InstitutionReadModelTest extends InstitutionReadModelContract {
}
