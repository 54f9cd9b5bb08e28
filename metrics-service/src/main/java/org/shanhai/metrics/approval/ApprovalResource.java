package org.shanhai.metrics.approval;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/institutions/{institutionId}/approvals/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApprovalResource.TAG, description = ApprovalResource.TAG_DESCRIPTION)
@Authenticated
public class ApprovalResource {

    static final String TAG = "Data approval 数据审核";
    static final String TAG_DESCRIPTION = "按机构、年度上报与审核指标数据；上报和审核通过后数据锁定，退回后方可修改"
        + " An institution's data for a year is submitted, approved, or returned to draft; submitted and approved data is locked";

    @Inject
    ApprovalService service;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "getApproval", summary = "审核状态 The approval state of an institution's data for a year",
            description = "DRAFT when the data has never been submitted.")
    public ApprovalView get(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "年度", example = "2025") @PathParam("year") int year) {
        return service.get(institutionId, year);
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOSPITAL_REPORTER)
    @Operation(operationId = "submitApproval", summary = "上报 Submit a year's data for approval",
            description = "By the institution's own HOSPITAL_REPORTER, from DRAFT. The validation rules run first: a "
                    + "violation refuses the submission (422 listing them in ruleViolations) unless the comment explains why the values are "
                    + "right. Submitted values are locked (409 on a change).")
    @APIResponse(responseCode = "200", description = "submitted",
            content = @Content(schema = @Schema(implementation = ApprovalView.class)))
    public ApprovalView submit(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "年度", example = "2025") @PathParam("year") int year,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApprovalRequests.Step.class),
                    examples = @ExampleObject(name = "with an explanation", value = ApprovalRequests.Step.EXAMPLE)))
            String body) {
        return service.submit(institutionId, year, body);
    }

    @POST
    @Path("approve")
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.PROVINCE_ADMIN})
    @Operation(operationId = "approveApproval", summary = "审核通过 Approve a submitted year",
            description = "By a PROGRAMME_MANAGER of an institution that leads or partners a programme of which this "
                    + "institution is a recipient, or by the PROVINCE_ADMIN of its province; from SUBMITTED (409 otherwise).")
    public ApprovalView approve(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "年度", example = "2025") @PathParam("year") int year) {
        return service.approve(institutionId, year);
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "returnApproval", summary = "退回 Return the year's data to DRAFT, with the reason",
            description = "Submitted data: by its approvers, NATIONAL_ADMIN, or the reporter withdrawing it. Approved data "
                    + "(un-approval): only by NATIONAL_ADMIN or the PROVINCE_ADMIN of the institution's province.")
    public ApprovalView returnToDraft(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "年度", example = "2025") @PathParam("year") int year,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApprovalRequests.Return.class),
                    examples = @ExampleObject(name = "returned", value = ApprovalRequests.Return.EXAMPLE))) String body) {
        return service.returnToDraft(institutionId, year, body);
    }

    @GET
    @Path("history")
    @Operation(operationId = "getApprovalHistory", summary = "审核记录 Every step: who, when, from and to which state")
    public Page<HistoryEntry> history(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "年度", example = "2025") @PathParam("year") int year, @BeanParam PageRequest page) {
        return service.history(institutionId, year, page).linked(uri);
    }
}
