package org.shanhai.common.codes;

import org.shanhai.common.problem.Text;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.codes.CodeLists.CodeList;
import org.shanhai.common.problem.Problems;

/** The code lists of this service, for screens and for other systems' mappings (every service has them). */
@Path("/api/v1/code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code lists 代码表", description = "枚举、诊疗科目与行政区划的中英文名称 Enumerations, departments and divisions with "
        + "Chinese and English labels")
@Authenticated
public class CodeListResource {

    static final String EXAMPLE = """
            {"name": "institution-kind", "zh": "机构类别", "en": "Institution kind", "items": [
              {"code": "TERTIARY_HOSPITAL", "zh": "三级医院", "en": "Tertiary hospital"},
              {"code": "COUNTY_HOSPITAL", "zh": "县级医院", "en": "County hospital"}]}""";

    /** They change with a release only: clients may keep them for an hour. */
    private static final CacheControl CACHE = CacheControl.valueOf("private, max-age=3600");

    @GET
    @Operation(operationId = "listCodeLists", summary = "代码表目录 The code lists this service has (names and labels)")
    @APIResponse(responseCode = "200", description = "OK: each list's name and labels, without its items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CodeList.class)))
    public Response index() {
        List<CodeList> index = CodeLists.index();
        return Response.ok(index).cacheControl(CACHE).build();
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getCodeList", summary = "读取代码表 One code list with its values",
            description = "An enumeration's values with Chinese and English labels, the departments (诊疗科目) or the "
                    + "divisions (行政区划, one level at a time: provinces, then ?parent=53 for Yunnan's prefectures, "
                    + "?parent=5306 for Zhaotong's counties). Division names are in Chinese only: GB/T 2260 has no "
                    + "English names.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CodeList.class),
            examples = @ExampleObject(name = "institution kinds", value = EXAMPLE)))
    public Response get(
            @Parameter(description = "代码表名称 list name, from GET /api/v1/code-lists", example = "institution-kind")
            @PathParam("name") String name,
            @Parameter(description = "divisions only: the prefix whose next level is listed (2 or 4 digits)", example = "53")
            @QueryParam("parent") String parent) {
        if (parent != null && !(CodeLists.DIVISIONS.equals(name) && parent.matches("\\d{2}|\\d{4}"))) {
            throw Problems.invalidQuery("parent", Text.of("only the divisions list takes a parent: a 2- or 4-digit code prefix",
                    "只有行政区划代码表接受 parent：2 位或 4 位的代码前缀"));
        }
        CodeList list = CodeLists.of(name, parent).orElseThrow(() -> Problems.notFound("code list", name));
        return Response.ok(list).cacheControl(CACHE).build();
    }
}
