package org.shanhai.common.events;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;

/**
 * Read-only listing of a consumer's institution read model; a service subclasses it with its
 * {@code @Path} and its entity, so that what it knows of institutions can be seen and checked.
 */
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public abstract class InstitutionReferenceResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "divisionCode", "divisionCode", "updatedAt", "updatedAt", "id", "id");

    @Context
    UriInfo uri;

    protected abstract PanacheQuery<? extends InstitutionReference> all(Sort sort);

    protected abstract PanacheQuery<? extends InstitutionReference> inDivision(String prefix, Sort sort);

    protected abstract InstitutionReference byId(UUID id);

    @GET
    @Operation(summary = "本服务已知的医疗机构 Institutions this service knows (from programme-service's events)")
    public Page<InstitutionReferenceView> list(
            @Parameter(description = "行政区划代码前缀 division code prefix") @QueryParam("divisionCode") String divisionCode,
            @BeanParam PageRequest page) {
        Sort sort = page.toSort(SORTABLE, "name");
        if (divisionCode == null || divisionCode.isBlank()) {
            return Page.of(all(sort), page, uri, InstitutionReferenceView::of);
        }
        if (!DivisionCode.isPrefix(divisionCode)) {
            throw Problems.invalidQuery("divisionCode", "must be a division code or its prefix: 2, 4 or 6 digits");
        }
        return Page.of(inDivision(DivisionCode.trim(divisionCode), sort), page, uri, InstitutionReferenceView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "读取 Read one institution")
    public InstitutionReferenceView get(@PathParam("id") UUID id) {
        InstitutionReference r = byId(id);
        if (r == null) {
            throw Problems.notFound("institution", id);
        }
        return InstitutionReferenceView.of(r);
    }
}
