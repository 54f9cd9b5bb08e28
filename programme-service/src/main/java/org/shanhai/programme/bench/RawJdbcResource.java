package org.shanhai.programme.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.events.contract.InstitutionEvent;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.security.Roles;
import org.shanhai.common.time.Clock;
import org.shanhai.programme.institution.InstitutionRequest;
import org.shanhai.programme.institution.InstitutionView;
import org.shanhai.programme.programme.ProgrammeStatus;
import org.shanhai.programme.programme.ProgrammeView;
import org.shanhai.programme.programme.Scheme;

/**
 * The baselines of {@code bench/run read} and {@code bench/run write}, by hand on a connection of the
 * same pool: {@code GET /api/v1/programmes/{id}} as the same SELECTs Hibernate sends (the programme
 * row, then its four collections) with the same view, ETag and token check; and {@code POST
 * /api/v1/institutions} as the same two INSERTs (the institution, its event in the outbox, which is
 * also its history) in one transaction, waking the relay as the API does. The ratio between each pair
 * is the cost of our layers (Hibernate, validation, access checks). Off unless
 * {@code shanhai.bench.raw-endpoints=true} (bench/run sets it): a 404 otherwise, and never in the
 * OpenAPI document.
 */
@Path("/bench/raw")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RawJdbcResource {

    /** Off: /bench/raw/... is a 404 before any security check, as any path that does not exist. */
    public static class Switch {

        @ConfigProperty(name = "shanhai.bench.raw-endpoints", defaultValue = "false")
        boolean enabled;

        @ServerRequestFilter(preMatching = true)
        public Optional<Response> refuseUnlessOn(ContainerRequestContext request) {
            return !enabled && request.getUriInfo().getPath().startsWith("/bench/raw")
                    ? Optional.of(Response.status(Response.Status.NOT_FOUND).build()) : Optional.empty();
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<Outbox.Written> written;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "shanhai.events.topic")
    String topic;

    @Context
    UriInfo uri;

    @POST
    @Path("institutions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN) // it skips the scope and validation checks: bench/run's role only
    @Operation(hidden = true)
    public Response register(String body) throws SQLException, JsonProcessingException {
        InstitutionRequest r = mapper.readValue(body, InstitutionRequest.class);
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        OffsetDateTime now = Clock.now();
        String grade = r.grade() == null ? null : r.grade().name();
        // written before the first INSERT, so that nothing between the two INSERTs can fail but SQL
        String payload = mapper.writeValueAsString(new InstitutionEvent(id, r.name(), r.nameEn(), r.creditCode(),
                r.divisionCode(), r.kind().name(), grade, 0, null));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement i = c.prepareStatement("INSERT INTO institution (id, name, name_en, credit_code, "
                    + "division_code, kind, grade, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
                    PreparedStatement o = c.prepareStatement("INSERT INTO outbox_event (id, topic, event_type, subject, "
                            + "aggregate_type, aggregate_id, record_key, payload, actor, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::json, ?, ?)")) {
                i.setObject(1, id);
                i.setString(2, r.name());
                i.setString(3, r.nameEn());
                i.setString(4, r.creditCode());
                i.setString(5, r.divisionCode());
                i.setString(6, r.kind().name());
                i.setString(7, grade);
                i.setObject(8, now);
                i.setObject(9, now);
                i.executeUpdate();
                o.setObject(1, eventId);
                o.setString(2, topic);
                o.setString(3, InstitutionEvent.REGISTERED);
                o.setString(4, InstitutionEvent.AGGREGATE + "/" + id);
                o.setString(5, InstitutionEvent.AGGREGATE);
                o.setObject(6, id);
                o.setString(7, id.toString());
                o.setString(8, payload);
                o.setString(9, identity.getPrincipal().getName());
                o.setObject(10, now);
                o.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        written.fire(new Outbox.Written());
        return Versioned.created(uri, id, 0, new InstitutionView(id, r.name(), r.nameEn(), r.creditCode(),
                r.divisionCode(), r.kind(), r.grade(), 0, now, now));
    }

    @GET
    @Path("programmes/{id}")
    @Operation(hidden = true)
    public Response get(@PathParam("id") UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            ProgrammeView view;
            try (PreparedStatement s = c.prepareStatement("SELECT code, name, scheme, lead_institution_id, start_date, "
                    + "end_date, status, status_reason, version, created_at, updated_at FROM programme WHERE id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new NotFoundException();
                    }
                    view = new ProgrammeView(id, r.getString(1), r.getString(2), Scheme.valueOf(r.getString(3)),
                            r.getObject(4, UUID.class),
                            column(c, "SELECT institution_id FROM programme_partner WHERE programme_id = ? ORDER BY position",
                                    id, UUID.class),
                            recipients(c, id), r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class),
                            ProgrammeStatus.valueOf(r.getString(7)), r.getString(8),
                            column(c, "SELECT objective FROM programme_objective WHERE programme_id = ? ORDER BY position",
                                    id, String.class),
                            column(c, "SELECT department_code FROM programme_focus_department WHERE programme_id = ? "
                                    + "ORDER BY position", id, String.class),
                            r.getLong(9), r.getObject(10, OffsetDateTime.class), r.getObject(11, OffsetDateTime.class));
                }
            }
            return Versioned.ok(view, view.version());
        }
    }

    private static <T> List<T> column(Connection c, String sql, UUID id, Class<T> type) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(r.getObject(1, type));
                }
                return out;
            }
        }
    }

    private static List<ProgrammeView.RecipientView> recipients(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT institution_id, is_primary FROM programme_recipient WHERE programme_id = ? ORDER BY position")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                List<ProgrammeView.RecipientView> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new ProgrammeView.RecipientView(r.getObject(1, UUID.class), r.getBoolean(2)));
                }
                return out;
            }
        }
    }
}
