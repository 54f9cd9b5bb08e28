package org.shanhai.programme.workstation;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.events.contract.WorkstationEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.security.Roles;
import org.shanhai.programme.Clock;
import org.shanhai.programme.expert.Expert;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@Path("/api/v1/programmes/{programmeId}/workstations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workstations 工作站", description = "专家工作站 and 博士工作站 at recipient institutions")
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class WorkstationResource {

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
    @Operation(summary = "设立工作站 Record a workstation")
    @Transactional
    @APIResponseSchema(value = WorkstationView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response establish(@PathParam("programmeId") UUID programmeId, @Valid @NotNull WorkstationRequest r) {
        Programme p = teams.writable(programmeId);
        List<FieldError> errors = new ArrayList<>();
        if (!p.hasRecipient(r.institutionId())) {
            errors.add(FieldError.body("institutionId", "is not a recipient of programme " + p.code));
        }
        if (r.leadExpertId() != null && Expert.findById(r.leadExpertId()) == null) {
            errors.add(FieldError.body("leadExpertId", "expert " + r.leadExpertId() + " does not exist"));
        }
        if (r.establishedDate().isBefore(p.startDate)) {
            errors.add(FieldError.body("establishedDate", "is before the programme started (" + p.startDate + ")"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Workstation w = new Workstation();
        w.id = UUID.randomUUID();
        w.programmeId = p.id;
        w.institutionId = r.institutionId();
        w.name = r.name().trim();
        w.kind = r.kind();
        w.department = r.department();
        w.leadExpertId = r.leadExpertId();
        w.establishedDate = r.establishedDate();
        w.createdAt = Clock.now();
        w.persist();
        outbox.record(WorkstationEvent.ESTABLISHED, "workstation", w.id, p.id.toString(), new WorkstationEvent(w.id,
                p.id, w.institutionId, w.name, w.kind.name(), w.department, w.leadExpertId, w.establishedDate.toString()));
        return Response.created(uri.getAbsolutePathBuilder().path(w.id.toString()).build())
                .entity(WorkstationView.of(w)).build();
    }

    @GET
    @Operation(summary = "工作站列表 The programme's workstations")
    public Page<WorkstationView> list(@PathParam("programmeId") UUID programmeId, @BeanParam PageRequest page) {
        teams.readable(programmeId);
        var sort = page.toSort(Map.of("establishedDate", "establishedDate", "name", "name", "id", "id"), "establishedDate");
        return Page.of(Workstation.<Workstation>find("programmeId", sort, programmeId), page, uri, WorkstationView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "读取 Read one")
    public WorkstationView get(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id) {
        return WorkstationView.of(find(programmeId, id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id,
            @BeanParam PageRequest page) {
        find(programmeId, id);
        return history.of("workstation", id, page, uri);
    }

    private static Workstation find(UUID programmeId, UUID id) {
        Workstation found = Workstation.findById(id);
        if (found == null || !found.programmeId.equals(programmeId)) {
            throw Problems.notFound("workstation", id);
        }
        return found;
    }
}
