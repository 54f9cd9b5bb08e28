package org.shanhai.common.tabular;

import java.util.List;
import java.util.Map;

/** A table read from an uploaded CSV or XLSX file: its column names (the header row) and its rows. */
public record Table(List<String> columns, List<Row> rows) {

    /** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by column name. */
    public record Row(int number, Map<String, String> cells) {

        /** The cell's text, trimmed; null when empty or absent. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
