package org.shanhai.common.tabular;

import java.util.List;

/** A sheet to export: a name (the XLSX tab), a header row and rows of plain values. */
public record Sheet(String name, List<String> header, List<List<Object>> rows) {
}
