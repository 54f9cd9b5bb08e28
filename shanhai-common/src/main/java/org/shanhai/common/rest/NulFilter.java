package org.shanhai.common.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;

/**
 * PostgreSQL cannot store or compare text with the NUL character (U+0000): a query or path
 * parameter that holds one is refused here with a 400 naming it, before any query runs.
 * (Request bodies are checked by {@link JsonBodies}.)
 */
public class NulFilter {

    @ServerRequestFilter
    public Response refuseNul(ContainerRequestContext request, UriInfo uri) {
        FieldError error = find(uri.getQueryParameters(), "query");
        if (error == null) {
            error = find(uri.getPathParameters(), "path");
        }
        return error == null ? null : Problems.invalid(List.of(error)).toResponse();
    }

    private static FieldError find(MultivaluedMap<String, String> params, String in) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            for (String v : p.getValue()) {
                if (v != null && v.indexOf('\u0000') >= 0) {
                    return new FieldError(null, p.getKey(), in, org.shanhai.common.problem.Text.of(
                            "must not contain the NUL character (U+0000)", "不得含 NUL 字符（U+0000）").resolve());
                }
            }
        }
        return null;
    }
}
