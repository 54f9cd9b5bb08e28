package org.shanhai.common.codes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Chinese and English label of an enumeration value (on the constant) or of the enumeration
 * itself (on the type): the one source of the code lists (GET /api/v1/code-lists/{name}) and of the
 * value descriptions in the OpenAPI documents.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface Label {
    String zh();

    String en();
}
