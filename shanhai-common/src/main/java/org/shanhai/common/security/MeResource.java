package org.shanhai.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.codes.DivisionCodes;

/**
 * Who the caller is to this service and what it may do here, so that a screen shows only the actions
 * the caller's roles allow. The operations are read from the resources' own {@code @RolesAllowed};
 * scope rules (one's own institution, one's own province) still apply to each record.
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me 当前用户", description = "当前令牌的身份、角色与可执行的操作 The caller's identity, roles and allowed operations")
@Authenticated
public class MeResource {

    /** The caller as this service sees it. */
    @Schema(name = "Me")
    public record Me(
            @Schema(description = "令牌主体 the token's subject") String subject,
            @Schema(description = "角色 roles (NATIONAL_ADMIN, PROVINCE_ADMIN, PROGRAMME_MANAGER, HOSPITAL_REPORTER, "
                    + "VIEWER, SERVICE_CLIENT)") Set<String> roles,
            @Schema(description = "所属机构 the institution claim (HOSPITAL_REPORTER, PROGRAMME_MANAGER)") UUID institutionId,
            @Schema(description = "所辖行政区划 the division claim (PROVINCE_ADMIN)") String divisionCode,
            @Schema(description = "行政区划名称 its name") String divisionName,
            @Schema(description = "服务 the service answering") String service,
            @Schema(description = "可执行的操作 operationIds the caller's roles allow in this service (records outside "
                    + "the caller's institution or province are still refused)") List<String> operations) {
    }

    static final String EXAMPLE = """
            {"subject": "reporter-yanjin", "roles": ["HOSPITAL_REPORTER"],
             "institutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03",
             "service": "metrics-service", "operations": ["getObservation", "listObservations", "recordObservation"]}""";

    private static final List<Class<? extends Annotation>> HTTP = List.of(GET.class, POST.class, PUT.class, PATCH.class,
            DELETE.class);

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private volatile List<Allowed> operations;

    @GET
    @Operation(operationId = "getMe", summary = "当前用户 Who I am here and what I may do")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Me.class), examples = @ExampleObject(name = "a hospital reporter", value = EXAMPLE)))
    public Me me() {
        Set<String> roles = token.getGroups() == null ? Set.of() : new TreeSet<>(token.getGroups());
        List<String> allowed = operations().stream().filter(o -> o.roles() == null
                || o.roles().stream().anyMatch(roles::contains)).map(Allowed::operationId).sorted().distinct().toList();
        String division = caller.divisionCode().orElse(null);
        return new Me(caller.subject(), roles, caller.institutionId().orElse(null), division,
                division == null ? null : DivisionCodes.name(division), service, allowed);
    }

    /** An operation and the roles it allows (null: any caller with a token). */
    record Allowed(String operationId, Set<String> roles) {
    }

    private List<Allowed> operations() {
        List<Allowed> found = operations;
        if (found == null) {
            found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                if (type.isAnnotationPresent(Path.class)) {
                    for (Method m : type.getMethods()) {
                        Operation op = m.getAnnotation(Operation.class);
                        if (op != null && !op.hidden() && HTTP.stream().anyMatch(m::isAnnotationPresent)) {
                            found.add(new Allowed(op.operationId(), roles(type, m)));
                        }
                    }
                }
            }
            found.sort(Comparator.comparing(Allowed::operationId));
            operations = found;
        }
        return found;
    }

    private static Set<String> roles(Class<?> type, Method m) {
        if (m.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
        if (allowed == null && !m.isAnnotationPresent(Authenticated.class)) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? null : new java.util.HashSet<>(java.util.Arrays.asList(allowed.value()));
    }
}
