package org.shanhai.programme.programme;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;

/** An institution's programmes: served by the programme feature, which knows programmes (institutions do not). */
@Path("/api/v1/institutions/{institutionId}/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions 医疗机构")
@Authenticated
public class InstitutionProgrammesResource {

    @Inject
    ProgrammeService service;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listInstitutionProgrammes",
            summary = "该机构参与的帮扶项目 Programmes of this institution (as lead, partner or recipient)")
    public Page<ProgrammeView> list(@PathParam("institutionId") UUID institutionId, @BeanParam PageRequest page) {
        return service.ofInstitution(institutionId, page).linked(uri);
    }
}
