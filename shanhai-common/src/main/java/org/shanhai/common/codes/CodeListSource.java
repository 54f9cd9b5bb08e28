package org.shanhai.common.codes;

import java.util.Map;

/**
 * The enumerations a service publishes as code lists, by list name (kebab-case, e.g. institution-kind).
 * Each service has one, registered in META-INF/services (a ServiceLoader, so that the OpenAPI filter
 * can read it at build time too); every constant carries a {@link Label}.
 */
public interface CodeListSource {

    Map<String, Class<? extends Enum<?>>> enumerations();
}
