package org.shanhai.common.rest;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shanhai.common.problem.Problems;

/**
 * Request body limits, answered with 413 problem+json: {@code shanhai.http.max-json-body} (1 MiB)
 * for every operation, or what the operation declares with {@link Limit} (imports). The HTTP
 * server's own cap ({@code quarkus.http.limits.max-body-size}) stays above every declared limit.
 */
public class BodyLimits {

    /** A larger body limit for one operation, in bytes. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Limit {
        long value();
    }

    @ConfigProperty(name = "shanhai.http.max-json-body", defaultValue = "1M")
    MemorySize maxJsonBody;

    @Inject
    ResourceInfo resource;

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null; // chunked: JsonBodies checks what it reads
        }
        long limit = limit();
        try {
            if (Long.parseLong(length.trim()) > limit) {
                return Problems.tooLarge(limit).toResponse();
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    long limit() {
        Limit declared = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Limit.class);
        return declared != null ? declared.value() : maxJsonBody.asLongValue();
    }
}
