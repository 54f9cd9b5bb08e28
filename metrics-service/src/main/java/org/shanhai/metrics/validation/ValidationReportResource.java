package org.shanhai.metrics.validation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.readmodel.InstitutionReferences;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.period.PeriodParameters;

/** The rules an institution's values break (its own path: JAX-RS picks one class per path and never backtracks). */
@Path("/api/v1/institutions/{institutionId}/validation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ValidationResource.TAG, description = ValidationResource.TAG_DESCRIPTION)
@Authenticated
public class ValidationReportResource {

    @Inject
    ValidationService service;

    @Inject
    InstitutionReferences institutions;

    @GET
    @Operation(operationId = "validateObservations", summary = "校验 The rules an institution's values break",
            description = "For the period and every period within it (2025 covers its quarters and months), per department. "
                    + "A rule is skipped where one of its values is missing.")
    public ValidationReport validate(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "期间", required = true, example = "2025") @QueryParam("period") String period) {
        institutions.get(institutionId);
        Period p = PeriodParameters.single("period", period);
        List<RuleCheck.Rule> rules = service.rules();
        return new ValidationReport(institutionId, p.toString(), rules.size(), service.check(institutionId, p, rules));
    }

}
