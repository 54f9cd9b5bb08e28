package org.shanhai.common.paging;

import org.shanhai.common.problem.Text;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.shanhai.common.problem.Problems;

/**
 * The paging and sorting query parameters every list endpoint takes: {@code page} (from 0),
 * {@code size} (default 20, at most 200) and {@code sort} ({@code name}, {@code -name} for
 * descending, several separated by commas). The id is always appended, so order is stable.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "页码 Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "每页条数 Page size, 1 to 200")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "排序 Sort fields, comma separated, '-' for descending, e.g. -createdAt,name")
    public String sort;

    /** A LIKE pattern for "contains", case-folded, with the user's % and _ taken literally. */
    public static String containsPattern(String text) {
        return "%" + literal(text.trim().toLowerCase()) + "%";
    }

    /** A LIKE pattern for "starts with", with the user's % and _ taken literally. */
    public static String prefixPattern(String text) {
        return literal(text.trim()) + "%";
    }

    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The first row of the page; the page number is refused when it would overflow the offset. */
    public int offset() {
        return page * size;
    }

    public static PageRequest of(int page, int size, String sort) {
        PageRequest r = new PageRequest();
        r.page = page;
        r.size = size;
        r.sort = sort;
        return r;
    }

    /** The first {@code limit} rows in one page, for an export (a file, not a page a client asked for). */
    public static PageRequest export(int limit, String sort) {
        PageRequest r = of(0, limit, sort);
        r.maxSize = limit;
        return r;
    }

    /** The largest page: {@link #MAX_SIZE} for a client's page, more for an export. */
    private int maxSize = MAX_SIZE;

    /** The same order as {@link #toSort}, as a JPQL {@code order by} list over the alias {@code i}. */
    public String orderBy(Map<String, String> sortable, String defaultSort) {
        StringBuilder sb = new StringBuilder();
        for (Sort.Column c : toSort(sortable, defaultSort).getColumns()) {
            sb.append(sb.isEmpty() ? "" : ", ").append("i.").append(c.getName())
                    .append(c.getDirection() == Sort.Direction.Descending ? " desc" : " asc");
        }
        return sb.toString();
    }

    private static String allowed(Map<String, String> sortable) {
        return String.join(", ", sortable.keySet().stream().sorted().toList());
    }

    /** Checks page and size; maps API sort names to entity properties, refusing unknown ones. */
    public Sort toSort(Map<String, String> sortable, String defaultSort) {
        if (page < 0) {
            throw Problems.invalidQuery("page", Text.of("must be 0 or more", "应不小于 0"));
        }
        if (size < 1 || size > maxSize) {
            throw Problems.invalidQuery("size", Text.of("must be between 1 and " + maxSize, "应在 1 到 " + maxSize + " 之间"));
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw Problems.invalidQuery("page", Text.of("is too large: page × size must stay below " + Integer.MAX_VALUE,
                    "过大：page × size 应小于 " + Integer.MAX_VALUE));
        }
        List<String> keys = new ArrayList<>();
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        Sort result = null;
        for (String raw : spec.split(",")) {
            String key = raw.trim();
            if (key.isEmpty()) {
                continue;
            }
            boolean desc = key.startsWith("-");
            String name = desc || key.startsWith("+") ? key.substring(1) : key;
            String column = sortable.get(name);
            if (column == null) {
                throw Problems.invalidQuery("sort", Text.of("cannot sort by '" + name + "'; allowed: " + allowed(sortable),
                        "不能按“" + name + "”排序；可用：" + allowed(sortable)));
            }
            keys.add(column);
            Sort.Direction dir = desc ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(column, dir) : result.and(column, dir);
        }
        if (!keys.contains("id")) {
            result = result == null ? Sort.by("id") : result.and("id");
        }
        return result;
    }
}
