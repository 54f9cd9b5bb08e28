package org.shanhai.training.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Cells as people and spreadsheets (LibreOffice, Excel) write them. */
class ActivityImportParsingTest {

    @Test
    void datesInTheFormsPeopleWrite() {
        assertEquals(LocalDate.of(2025, 7, 3), ActivityImport.day("2025-07-03"));
        assertEquals(LocalDate.of(2025, 7, 3), ActivityImport.day("2025/7/3"));
        assertEquals(LocalDate.of(2025, 7, 3), ActivityImport.day("2025.7.3"));
        assertThrows(DateTimeParseException.class, () -> ActivityImport.day("2025-02-30"));
        assertThrows(DateTimeParseException.class, () -> ActivityImport.day("3/7/2025"));
    }

    @Test
    void departmentsByCodeByMangledCodeOrByName() {
        assertEquals("04.02", ActivityImport.department("04.02"));
        assertEquals("04.02", ActivityImport.department("4.02"));
        assertEquals("04.02", ActivityImport.department("神经外科专业"));
        assertEquals("03", ActivityImport.department("内科"));
        assertNull(ActivityImport.department("美容院"));
    }
}
