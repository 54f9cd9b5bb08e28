package org.shanhai.common.tabular;

import java.util.List;

/**
 * A sheet to export: a name (the XLSX tab), title lines printed above the table (a report's title,
 * programme and period; none for a plain list), a header row and rows of plain values.
 */
public record Sheet(String name, List<String> title, List<String> header, List<List<Object>> rows) {

    public Sheet(String name, List<String> header, List<List<Object>> rows) {
        this(name, List.of(), header, rows);
    }
}
