package org.shanhai.common.readmodel;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;

/**
 * Read-only listing of a consuming service's institution read model, so that what it knows of
 * institutions can be seen and checked. Present in the services that set
 * {@code shanhai.read-model.enabled=true}.
 */
@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions 医疗机构", description = "医疗机构（来自 programme-service 的事件，只读）"
        + " Institutions as programme-service announced them (read only)")
@Authenticated
@IfBuildProperty(name = "shanhai.read-model.enabled", stringValue = "true")
public class InstitutionReferenceResource {

    @Inject
    InstitutionReferences institutions;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listInstitutions",
            summary = "本服务已知的医疗机构 Institutions this service knows (from programme-service's events)")
    public Page<InstitutionReferenceView> list(
            @Parameter(description = "行政区划代码前缀 division code prefix: 53 = all of Yunnan", example = "53")
            @QueryParam("divisionCode") String divisionCode,
            @BeanParam PageRequest page) {
        return institutions.search(DivisionCode.prefixParameter("divisionCode", divisionCode), page).map(InstitutionReferenceView::of).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInstitution", summary = "读取医疗机构 Read one institution")
    public InstitutionReferenceView get(@PathParam("id") UUID id) {
        return InstitutionReferenceView.of(institutions.get(id));
    }
}
