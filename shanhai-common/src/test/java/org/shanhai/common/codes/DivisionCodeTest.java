package org.shanhai.common.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"530623", "522728", "520102", "110000", "540100", "650000", "820000"})
    void acceptsCodes(String code) {
        assertTrue(DivisionCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"53062", "5306231", "53O623", "", " 53062", "990101", "000000", "190101", "600101"})
    void refusesMalformedOrUnknownProvince(String code) {
        assertNotNull(DivisionCode.problem(code));
    }

    @Test
    void refusesCountyWithoutPrefecture() {
        assertNotNull(DivisionCode.problem("530023"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"530699", "520728", "539900", "310199"})
    void refusesWellFormedCodesThatNameNoDivision(String code) {
        assertTrue(DivisionCode.problem(code).en().contains("not a division"), DivisionCode.problem(code).en());
        assertTrue(DivisionCode.problem(code).zh().contains("不是 GB/T 2260 中的行政区划"), DivisionCode.problem(code).zh());
    }

    @Test
    void namesDivisionsAndTheirChildren() {
        assertEquals("罗甸县", DivisionCodes.name("522728"));
        assertEquals("黔南布依族苗族自治州", DivisionCodes.name("5227"));
        assertEquals("云南省", DivisionCodes.name("53"));
        assertEquals("昭通市", DivisionCodes.name("530600"));
        assertEquals(34, DivisionCodes.children(null).size(), "31 provinces, 台湾, 香港, 澳门");
        assertEquals(16, DivisionCodes.children("53").size(), "云南's 8 cities and 8 prefectures");
        assertTrue(DivisionCodes.children("5306").stream().anyMatch(d -> d.code().equals("530623") && d.name().equals("盐津县")));
        assertEquals("COUNTY", DivisionCodes.of("530623").level());
        assertEquals("5306", DivisionCodes.of("530600").prefix());
    }

    @Test
    void everyDivisionHasAnEnglishNameWithItsLevelTranslated() {
        assertEquals("Qiannan Bouyei and Miao Autonomous Prefecture", DivisionCodes.of("5227").nameEn());
        assertEquals("Luodian County", DivisionCodes.of("522728").nameEn());
        assertEquals("Beijing Municipality", DivisionCodes.of("11").nameEn());
        assertEquals("Inner Mongolia Autonomous Region", DivisionCodes.of("15").nameEn());
        for (String prefix : new String[] {null, "53", "5306", "52", "5227"}) {
            for (DivisionCodes.Division d : DivisionCodes.children(prefix)) {
                assertTrue(d.nameEn().matches("[A-Z][A-Za-z' ,\\-ü]+"), d + " has no English name in Latin letters");
            }
        }
    }

    @Test
    void prefixesNestProvincePrefectureCounty() {
        assertTrue(DivisionCode.within("530623", "53"));
        assertTrue(DivisionCode.within("530623", "5306"));
        assertTrue(DivisionCode.within("530623", "530623"));
        assertFalse(DivisionCode.within("520102", "53"));
        assertEquals("53", DivisionCode.trim("530000"));
        assertEquals("5306", DivisionCode.trim("530600"));
        assertTrue(DivisionCode.isPrefix("53"));
        assertTrue(DivisionCode.isPrefix("5306"));
        assertFalse(DivisionCode.isPrefix("5"));
        assertFalse(DivisionCode.isPrefix("99"));
        assertFalse(DivisionCode.isPrefix("53a"));
    }
}
