package org.shanhai.training.mentorship;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/mentorships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentorships 师带徒", description = "专家带教本地徒弟，出师时逐项记录能否独立开展"
        + " An expert teaches a local staff member techniques; completion records, per technique, whether they now perform it alone")
@Authenticated
public class MentorshipResource {

    static final String WRITERS_DOC = " By NATIONAL_ADMIN, the PROVINCE_ADMIN of the apprentice's institution's province, "
            + "or a PROGRAMME_MANAGER of the programme's lead or a partner.";

    @Inject
    MentorshipService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "startMentorship", summary = "建立师带徒关系 Start a mentorship",
            description = "The mentor must hold an assignment in the programme on the start date; the apprentice must be "
                    + "registered staff of one of its recipients (422 naming the field otherwise)." + WRITERS_DOC)
    @APIResponseSchema(value = MentorshipView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response start(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MentorshipRequests.Start.class),
            examples = @ExampleObject(name = "PCI", value = MentorshipRequests.Start.EXAMPLE))) String body) {
        Mentorship m = service.start(body);
        return Versioned.created(uri, m.id, m.version, MentorshipView.of(m));
    }

    @GET
    @Operation(operationId = "listMentorships", summary = "查询师带徒 List mentorships (newest start first)")
    public Page<MentorshipView> list(@Parameter(description = "帮扶项目") @QueryParam("programmeId") UUID programmeId,
            @Parameter(description = "徒弟所在机构") @QueryParam("institutionId") UUID institutionId,
            @Parameter(description = "导师") @QueryParam("mentorExpertId") UUID mentorExpertId,
            @Parameter(description = "徒弟") @QueryParam("apprenticeId") UUID apprenticeId,
            @Parameter(description = "状态") @QueryParam("status") MentorshipStatus status, @BeanParam PageRequest page) {
        return service.search(programmeId, institutionId, mentorExpertId, apprenticeId, status, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMentorship", summary = "读取师带徒 Read a mentorship")
    @APIResponseSchema(value = MentorshipView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        Mentorship m = service.get(id);
        return Versioned.ok(MentorshipView.of(m), m.version);
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "completeMentorship", summary = "出师 Complete a mentorship",
            description = "Only an ACTIVE mentorship (409 otherwise); every technique's outcome once." + WRITERS_DOC)
    @APIResponseSchema(value = MentorshipView.class, responseDescription = "OK; ETag set")
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MentorshipRequests.Completion.class),
                    examples = @ExampleObject(name = "completion", value = MentorshipRequests.Completion.EXAMPLE)))
            String body) {
        Mentorship m = service.complete(id, ifMatch, body);
        return Versioned.ok(MentorshipView.of(m), m.version);
    }

    @POST
    @Path("{id}/discontinuation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "discontinueMentorship", summary = "中止师带徒 Discontinue a mentorship",
            description = "Only an ACTIVE mentorship (409 otherwise), with the date and the reason." + WRITERS_DOC)
    @APIResponseSchema(value = MentorshipView.class, responseDescription = "OK; ETag set")
    public Response discontinue(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MentorshipRequests.Discontinuation.class),
                    examples = @ExampleObject(name = "discontinuation", value = MentorshipRequests.Discontinuation.EXAMPLE)))
            String body) {
        Mentorship m = service.discontinue(id, ifMatch, body);
        return Versioned.ok(MentorshipView.of(m), m.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getMentorshipHistory", summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.history(id, page).linked(uri);
    }
}
