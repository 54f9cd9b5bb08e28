package org.shanhai.training.activity;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.rest.BodyLimits;
import org.shanhai.common.security.Roles;
import org.shanhai.common.tabular.Exports;
import org.shanhai.common.tabular.Tables;

@Path("/api/v1/training-activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training activities 培训活动", description = "教学查房、手术示教、讲座、培训、远程培训、病例讨论、义诊，及其批量导入"
        + " Teaching rounds, demonstrations, lectures, courses, case discussions and outreach clinics, and their bulk import")
@Authenticated
public class ActivityResource {

    @Inject
    ActivityService service;

    @Inject
    ActivityImport importer;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "recordTrainingActivity", summary = "登记培训活动 Record a training activity",
            description = "By NATIONAL_ADMIN, the PROVINCE_ADMIN of the institution's province, a PROGRAMME_MANAGER of "
                    + "the programme's lead or a partner, or the institution's own HOSPITAL_REPORTER. A programme, "
                    + "institution or expert programme-service has not announced, or an expert with no assignment "
                    + "covering the date, is a 422 naming the field.")
    @APIResponseSchema(value = ActivityView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActivityRequest.class),
            examples = @ExampleObject(name = "teaching round", value = ActivityRequest.EXAMPLE))) String body) {
        TrainingActivity a = service.record(body);
        return Versioned.created(uri, a.id, a.version, ActivityView.of(a));
    }

    @GET
    @Operation(operationId = "listTrainingActivities", summary = "查询培训活动 List training activities (newest first)")
    public Page<ActivityView> list(
            @Parameter(description = "帮扶项目") @QueryParam("programmeId") UUID programmeId,
            @Parameter(description = "开展机构") @QueryParam("institutionId") UUID institutionId,
            @Parameter(description = "活动类型") @QueryParam("type") ActivityType type,
            @Parameter(description = "from this date (inclusive)", example = "2024-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "to this date (inclusive)", example = "2024-12-31") @QueryParam("to") LocalDate to,
            @BeanParam PageRequest page) {
        return service.search(programmeId, institutionId, type, from, to, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTrainingActivity", summary = "读取培训活动 Read a training activity")
    @APIResponseSchema(value = ActivityView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        TrainingActivity a = service.get(id);
        return Versioned.ok(ActivityView.of(a), a.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "correctTrainingActivity", summary = "更正培训活动 Correct a training activity",
            description = "The same rules as recording; the programme stays. The original stays in the history, and "
                    + "training-activity.corrected carries each changed field's old and new value.")
    @APIResponseSchema(value = ActivityView.class, responseDescription = "OK; ETag set")
    public Response correct(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivityRequest.class),
                    examples = @ExampleObject(name = "teaching round", value = ActivityRequest.EXAMPLE))) String body) {
        TrainingActivity a = service.correct(id, ifMatch, body);
        return Versioned.ok(ActivityView.of(a), a.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getTrainingActivityHistory", summary = "变更历史 Change history: the original and each correction")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.history(id, page).linked(uri);
    }

    @POST
    @Path("import")
    @Consumes({Tables.CSV, Tables.XLSX})
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER, Roles.HOSPITAL_REPORTER})
    @BodyLimits.Limit(ActivityImport.BODY_LIMIT)
    @Operation(operationId = "importTrainingActivities", summary = "批量导入培训活动 Import an activity log (CSV or XLSX)",
            description = "Up to 10,000 rows of one institution's log, in the template's columns (Chinese headers or "
                    + "their English names). All rows or none: every bad row is reported with its row number and column. "
                    + "A row already imported (same external id, or same content) is not stored again.")
    @APIResponseSchema(value = ActivityImport.Result.class, responseDescription = "stored (or already present)")
    public ActivityImport.Result importLog(
            @Parameter(description = "帮扶项目", required = true) @QueryParam("programmeId") UUID programmeId,
            @Parameter(description = "开展机构: the recipient whose log this is", required = true)
            @QueryParam("institutionId") UUID institutionId,
            @Context HttpHeaders headers,
            @RequestBody(required = true, content = {
                    @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "one row", value = "活动类型,日期,科室,带教专家,主题,参加人次,学时\n"
                                    + "TEACHING_ROUND,2024-03-12,03.01,张三,急性胸痛的规范化诊治,25,1.5\n")),
                    @Content(mediaType = Tables.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "workbook", summary = "an XLSX workbook filled in from the template",
                                    description = "Download GET /api/v1/training-activities/import-template, fill in sheet 1.",
                                    value = "(binary XLSX)"))})
            byte[] body) {
        return importer.importFile(body, headers.getMediaType() == null ? null : headers.getMediaType().toString(),
                programmeId, institutionId);
    }

    @GET
    @Path("import-template")
    @Produces(Tables.XLSX)
    @Operation(operationId = "getTrainingActivityImportTemplate", summary = "下载导入模板 The XLSX import template",
            description = "Sheet 1 is the log to fill in (activity types as a drop-down list); sheet 2 explains each column in Chinese.")
    @APIResponse(responseCode = "200", description = "the template", content = @Content(mediaType = Tables.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return Exports.file(Tables.template("培训活动", ActivityImport.template(), ActivityImport.MAX_ROWS + 1,
                "培训活动导入模板：每行一次活动；必填列见下表，活动类型从下拉列表选择。导入时另行指定项目和开展机构。"
                        + " One row per activity; see the columns below."), Tables.XLSX, "培训活动导入模板.xlsx");
    }
}
