package org.shanhai.common.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body of the wrong shape (an array where an object belongs, a list where a string does):
 * Quarkus' own mapper answers it with an empty 400, so it is mapped here to a problem naming
 * the field. (Unknown fields and bad enum values go through the problem library.)
 */
public class JsonProblems {

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return Problems.invalid(List.of(ValidationErrors.fromJackson(e))).toResponse();
    }
}
