package org.shanhai.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, where it stands, and links to the neighbouring pages. Services
 * build it from their queries; resources add the links ({@link #linked}), which only they know.
 */
@Schema(description = "分页结果 One page of results")
public record Page<T>(
        List<T> items,
        @Schema(description = "page number, from 0") int page,
        int size,
        @Schema(description = "number of items matching the filters") long totalItems,
        long totalPages,
        @Schema(description = "URL of the next page; absent on the last page", nullable = true) URI next,
        @Schema(description = "URL of the previous page; absent on the first page", nullable = true) URI previous) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page, request.size))
                .list().stream().map(view).toList();
        return of(items, query.count(), request);
    }

    public static <E> Page<E> of(TypedQuery<E> list, TypedQuery<Long> count, PageRequest request) {
        List<E> items = list.setFirstResult(request.offset()).setMaxResults(request.size).getResultList();
        return of(items, count.getSingleResult(), request);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        long pages = (total + request.size - 1) / request.size;
        return new Page<>(items, request.page, request.size, total, pages, null, null);
    }

    public <R> Page<R> map(Function<T, R> view) {
        return new Page<>(items.stream().map(view).toList(), page, size, totalItems, totalPages, next, previous);
    }

    /** The same page with links to its neighbours, built from the request's URI. */
    public Page<T> linked(UriInfo uri) {
        URI nextLink = page + 1 < totalPages ? link(uri, page + 1) : null;
        URI previousLink = page > 0 ? link(uri, (int) Math.min(page - 1, Math.max(totalPages - 1, 0))) : null;
        return new Page<>(items, page, size, totalItems, totalPages, nextLink, previousLink);
    }

    private static URI link(UriInfo uri, int page) {
        return uri == null ? null : uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
    }
}
