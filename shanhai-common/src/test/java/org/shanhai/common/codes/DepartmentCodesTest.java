package org.shanhai.common.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DepartmentCodesTest {

    @Test
    void codesASpreadsheetTurnedIntoNumbersAreRecognised() {
        assertEquals("04.02", DepartmentCodes.fromSpreadsheet("04.02"));
        assertEquals("04.02", DepartmentCodes.fromSpreadsheet("4.02")); // typed 04.02 in a plain cell
        assertEquals("03.10", DepartmentCodes.fromSpreadsheet("3.1")); // typed 03.10: the trailing zero goes too
        assertEquals("03.01", DepartmentCodes.fromSpreadsheet("3.01"));
        assertEquals("03", DepartmentCodes.fromSpreadsheet("3"));
        assertEquals("04", DepartmentCodes.fromSpreadsheet(" 04 "));
        assertNull(DepartmentCodes.fromSpreadsheet("99.99"));
        assertNull(DepartmentCodes.fromSpreadsheet("3.011"));
        assertNull(DepartmentCodes.fromSpreadsheet("内科")); // names are the caller's to look up
        assertNull(DepartmentCodes.fromSpreadsheet(null));
    }
}
