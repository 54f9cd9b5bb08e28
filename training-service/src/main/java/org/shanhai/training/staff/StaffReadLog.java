package org.shanhai.training.staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.shanhai.common.security.Caller;
import org.shanhai.common.time.Clock;

/** Every read that returned staff names: who, with which roles, when, through which request, which records. */
@ApplicationScoped
public class StaffReadLog {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public void named(String request, List<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return;
        }
        String roles = String.join(",", List.of(org.shanhai.common.security.Roles.NATIONAL_ADMIN,
                org.shanhai.common.security.Roles.PROVINCE_ADMIN, org.shanhai.common.security.Roles.PROGRAMME_MANAGER,
                org.shanhai.common.security.Roles.HOSPITAL_REPORTER, org.shanhai.common.security.Roles.VIEWER,
                org.shanhai.common.security.Roles.SERVICE_CLIENT).stream().filter(caller::is).toList());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO staff_read_log "
                        + "(actor, roles, read_at, request, staff_ids) VALUES (:actor, :roles, :at, :request, :ids)")
                .setParameter("actor", caller.subject())
                .setParameter("roles", roles)
                .setParameter("at", Clock.now())
                .setParameter("request", request.length() > 500 ? request.substring(0, 500) : request)
                .setParameter("ids", String.join(",", staffIds.stream().map(UUID::toString).toList()))
                .executeUpdate());
    }
}
