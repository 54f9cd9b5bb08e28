package org.shanhai.metrics.approval;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;

/** The approvals across institutions (its own path: JAX-RS picks one class per path and never backtracks). */
@Path("/api/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApprovalResource.TAG, description = ApprovalResource.TAG_DESCRIPTION)
@Authenticated
public class ApprovalListResource {

    @Inject
    ApprovalService service;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listApprovals", summary = "审核列表 Years that left DRAFT, newest step first",
            description = "For an office to find what awaits approval: filter by year, state and division.")
    public Page<ApprovalView> list(@Parameter(description = "年度", example = "2025") @QueryParam("year") Integer year,
            @Parameter(description = "审核状态", example = "SUBMITTED") @QueryParam("state") ApprovalState state,
            @Parameter(description = "行政区划代码前缀 division code prefix", example = "53") @QueryParam("divisionCode")
            String divisionCode, @BeanParam PageRequest page) {
        return service.search(year, state, DivisionCode.prefixParameter("divisionCode", divisionCode), page).linked(uri);
    }
}
