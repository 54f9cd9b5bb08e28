package org.shanhai.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 for a missing, expired or forged bearer token. Takes precedence over the problem library's
 * own mappers for these (priority 5000), whose challenge lookup does not match this Quarkus.
 */
public class SecurityProblems {

    private static final int BEFORE_LIBRARY = 4000;

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class}, priority = BEFORE_LIBRARY)
    public Response unauthorized(RuntimeException e) {
        return HttpProblem.builder()
                .withType(Problems.type("unauthorized"))
                .withTitle("Unauthorized")
                .withStatus(401)
                .withDetail(Text.of("a valid bearer token is required (Authorization: Bearer <JWT>)",
                        "需要有效的 Bearer 令牌（Authorization: Bearer <JWT>）").resolve())
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build()
                .toResponse();
    }
}
