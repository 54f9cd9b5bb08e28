package org.shanhai.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The database's last word on a write that passed the service's own checks: a unique or foreign
 * key constraint hit by a concurrent request (409), or a row changed by someone else in between
 * (409). Anything else stays a 500 without internals.
 */
public class PersistenceProblems {

    @ServerExceptionMapper
    public Response map(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                String constraint = cve.getConstraintName() == null ? "a uniqueness rule" : cve.getConstraintName();
                return Problems.conflict(null, "the change conflicts with stored data (" + constraint + ")").toResponse();
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Problems.conflict(null, "changed by someone else in the meantime; read it again and retry")
                        .toResponse();
            }
        }
        return HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR, "the request could not be stored").toResponse();
    }
}
