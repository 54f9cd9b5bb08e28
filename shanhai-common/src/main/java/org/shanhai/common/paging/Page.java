package org.shanhai.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where it stands, and links to the neighbouring pages. */
@Schema(description = "分页结果 One page of results")
public record Page<T>(
        List<T> items,
        @Schema(description = "page number, from 0") int page,
        int size,
        @Schema(description = "number of items matching the filters") long totalItems,
        long totalPages,
        @Schema(description = "URL of the next page; absent on the last page", nullable = true) URI next,
        @Schema(description = "URL of the previous page; absent on the first page", nullable = true) URI previous) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, UriInfo uri, Function<E, T> view) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page, request.size))
                .list().stream().map(view).toList();
        long total = query.count();
        long pages = (total + request.size - 1) / request.size;
        URI next = request.page + 1 < pages ? link(uri, request.page + 1) : null;
        URI previous = request.page > 0 ? link(uri, (int) Math.min(request.page - 1, Math.max(pages - 1, 0))) : null;
        return new Page<>(items, request.page, request.size, total, pages, next, previous);
    }

    private static URI link(UriInfo uri, int page) {
        return uri == null ? null : uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
    }
}
