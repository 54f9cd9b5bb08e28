package org.shanhai.training.exam;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/exam-results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exam results 执业资格考试", description = "执业资格考试的参考和通过人数，通过率由系统计算"
        + " Licensing-exam candidates and passes per institution and year; the pass rate is derived")
@Authenticated
public class ExamResultResource {

    @Inject
    ExamResultService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "recordExamResult", summary = "登记考试结果 Record an exam result",
            description = "One per institution, year and exam type (409 otherwise: correct it with PUT). "
                    + "An institution programme-service has not announced as a recipient is a 422.")
    @APIResponseSchema(value = ExamResultView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExamResultRequest.class),
            examples = @ExampleObject(name = "2023 physicians", value = ExamResultRequest.EXAMPLE))) String body) {
        ExamResult e = service.record(body);
        return Versioned.created(uri, e.id, e.version, ExamResultView.of(e));
    }

    @GET
    @Operation(operationId = "listExamResults", summary = "查询考试结果 List exam results (newest year first)")
    public Page<ExamResultView> list(@QueryParam("institutionId") UUID institutionId, @QueryParam("year") Integer year,
            @QueryParam("examType") ExamType examType, @BeanParam PageRequest page) {
        return service.search(institutionId, year, examType, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getExamResult", summary = "读取考试结果 Read an exam result")
    @APIResponseSchema(value = ExamResultView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        ExamResult e = service.get(id);
        return Versioned.ok(ExamResultView.of(e), e.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "correctExamResult", summary = "更正考试结果 Correct an exam result",
            description = "The old figures stay in the history; publishes exam-result.corrected.")
    @APIResponseSchema(value = ExamResultView.class, responseDescription = "OK; ETag set")
    public Response correct(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamResultRequest.class),
                    examples = @ExampleObject(name = "2023 physicians", value = ExamResultRequest.EXAMPLE))) String body) {
        ExamResult e = service.correct(id, ifMatch, body);
        return Versioned.ok(ExamResultView.of(e), e.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getExamResultHistory", summary = "变更历史 Change history: who, when, old and new figures")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.history(id, page).linked(uri);
    }
}
