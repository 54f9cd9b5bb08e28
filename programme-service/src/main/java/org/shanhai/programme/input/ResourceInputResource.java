package org.shanhai.programme.input;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.events.contract.ResourceInputEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.security.Roles;
import org.shanhai.programme.Clock;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@Path("/api/v1/programmes/{programmeId}/resource-inputs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resource inputs 投入", description = "Funds, donated equipment and construction, in CNY")
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class ResourceInputResource {

    @Inject
    ProgrammeTeams teams;

    @Inject
    Outbox outbox;

    @Inject
    History history;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(summary = "记录投入 Record an input")
    @Transactional
    @APIResponseSchema(value = ResourceInputView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response record(@PathParam("programmeId") UUID programmeId, @Valid @NotNull ResourceInputRequest r) {
        Programme p = teams.writable(programmeId);
        if (!p.hasRecipient(r.institutionId())) {
            throw Problems.invalid("institutionId", "is not a recipient of programme " + p.code);
        }
        ResourceInput i = new ResourceInput();
        i.id = UUID.randomUUID();
        i.programmeId = p.id;
        i.kind = r.kind();
        i.amount = r.amount().setScale(2, RoundingMode.UNNECESSARY);
        i.source = r.source();
        i.date = r.date();
        i.institutionId = r.institutionId();
        i.description = r.description();
        i.createdAt = Clock.now();
        i.persist();
        outbox.record(ResourceInputEvent.RECORDED, "resource-input", i.id, p.id.toString(), new ResourceInputEvent(
                i.id, p.id, i.kind.name(), i.amount, "CNY", i.source, i.date.toString(), i.institutionId, i.description));
        return Response.created(uri.getAbsolutePathBuilder().path(i.id.toString()).build())
                .entity(ResourceInputView.of(i)).build();
    }

    @GET
    @Operation(summary = "投入列表 The programme's inputs")
    public Page<ResourceInputView> list(@PathParam("programmeId") UUID programmeId,
            @QueryParam("kind") ResourceInput.Kind kind, @QueryParam("institutionId") UUID institutionId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @BeanParam PageRequest page) {
        teams.readable(programmeId);
        List<String> where = new ArrayList<>(List.of("programmeId = :p"));
        Parameters params = Parameters.with("p", programmeId);
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        if (institutionId != null) {
            where.add("institutionId = :inst");
            params.and("inst", institutionId);
        }
        if (from != null) {
            where.add("date >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("date <= :to");
            params.and("to", to);
        }
        var sort = page.toSort(Map.of("date", "date", "amount", "amount", "id", "id"), "date");
        return Page.of(ResourceInput.<ResourceInput>find(String.join(" and ", where), sort, params), page, uri,
                ResourceInputView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "读取 Read one")
    public ResourceInputView get(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id) {
        return ResourceInputView.of(find(programmeId, id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id,
            @BeanParam PageRequest page) {
        find(programmeId, id);
        return history.of("resource-input", id, page, uri);
    }

    private static ResourceInput find(UUID programmeId, UUID id) {
        ResourceInput found = ResourceInput.findById(id);
        if (found == null || !found.programmeId.equals(programmeId)) {
            throw Problems.notFound("resource input", id);
        }
        return found;
    }
}
