package org.shanhai.metrics.target;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/programmes/{programmeId}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets 项目目标", description = "帮扶项目的指标基线与目标 A programme's baseline and target per indicator and recipient")
@Authenticated
public class TargetResource {

    @Inject
    TargetService service;

    @Context
    UriInfo uri;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "setTargets", summary = "设定项目目标 Set the programme's targets",
            description = "The whole set: a target left out is removed. institutionId defaults to the primary recipient; a "
                    + "baseline value left out is taken from the institution's data for the baseline period (422 when there "
                    + "is none). By NATIONAL_ADMIN, the PROVINCE_ADMIN of the primary recipient's province, or a "
                    + "PROGRAMME_MANAGER of the lead or a partner.")
    public TargetView.Set set(@Parameter(description = "项目") @PathParam("programmeId") UUID programmeId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TargetRequests.TargetSet.class),
                    examples = @ExampleObject(name = "two targets", value = TargetRequests.TargetSet.EXAMPLE))) String body) {
        return service.replace(programmeId, body);
    }

    @GET
    @Operation(operationId = "listTargets", summary = "项目目标 The programme's targets")
    public TargetView.Set list(@Parameter(description = "项目") @PathParam("programmeId") UUID programmeId) {
        return service.list(programmeId);
    }

    @GET
    @Path("history")
    @Operation(operationId = "getTargetHistory", summary = "目标变更历史 Every change of the programme's targets, oldest first")
    public Page<HistoryEntry> history(@Parameter(description = "项目") @PathParam("programmeId") UUID programmeId,
            @BeanParam PageRequest page) {
        return service.history(programmeId, page).linked(uri);
    }
}
