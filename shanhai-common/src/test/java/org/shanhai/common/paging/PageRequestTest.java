package org.shanhai.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "created", "id", "id");

    static List<String> columns(Sort sort) {
        return sort.getColumns().stream().map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : "")).toList();
    }

    @Test
    void defaultSortThenIdForAStableOrder() {
        assertEquals(List.of("name", "id"), columns(PageRequest.of(0, 20, null).toSort(SORTABLE, "name")));
    }

    @Test
    void descendingAndSeveralKeysMapToColumns() {
        assertEquals(List.of("created desc", "name", "id"),
                columns(PageRequest.of(0, 20, "-createdAt, name").toSort(SORTABLE, "name")));
        assertEquals(List.of("id desc"), columns(PageRequest.of(0, 20, "-id").toSort(SORTABLE, "name")));
    }

    @Test
    void refusesUnknownSortKeysAndBadSizes() {
        assertEquals(400, assertThrows(HttpProblem.class,
                () -> PageRequest.of(0, 20, "password").toSort(SORTABLE, "name")).getStatusCode());
        assertThrows(HttpProblem.class, () -> PageRequest.of(0, 0, null).toSort(SORTABLE, "name"));
        assertThrows(HttpProblem.class, () -> PageRequest.of(0, 201, null).toSort(SORTABLE, "name"));
        assertThrows(HttpProblem.class, () -> PageRequest.of(-1, 20, null).toSort(SORTABLE, "name"));
    }

    @Test
    void containsPatternTakesWildcardsLiterally() {
        assertEquals("%a\\%b\\_c\\\\%", PageRequest.containsPattern(" A%b_c\\ "));
    }
}
