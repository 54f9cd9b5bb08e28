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
                String constraint = cve.getConstraintName() == null ? "unique" : cve.getConstraintName();
                return Problems.conflict(null, Text.of("the change conflicts with stored data (" + constraint + ")",
                        "修改与已存数据冲突（" + constraint + "）")).toResponse();
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Problems.conflict(null, Text.of("changed by someone else in the meantime; read it again and retry",
                        "已被他人同时修改；请重新读取后再试"))
                        .toResponse();
            }
        }
        return HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR,
                Text.of("the request could not be stored", "请求未能保存").resolve()).toResponse();
    }
}
