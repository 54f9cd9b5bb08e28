package org.shanhai.programme.compliance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programmes/{programmeId}/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes 帮扶项目")
@Authenticated
public class ComplianceResource {

    @Inject
    ComplianceService service;

    @GET
    @Operation(operationId = "checkProgrammeCompliance", summary = "选派要求核对 Check each batch against the usual team rules",
            description = "At least 5 people, at least one 副高 or above, at least one year on site, a team leader named.")
    public ComplianceService.Report check(@PathParam("programmeId") UUID programmeId) {
        return service.check(programmeId);
    }
}
