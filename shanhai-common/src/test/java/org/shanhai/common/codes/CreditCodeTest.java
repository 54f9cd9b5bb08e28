package org.shanhai.common.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** Published codes of registered organisations, and ones checked with an independent implementation. */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "91440300708461136T",
            "12530623MB0123456B", "12522728MB0987654J", "125201024290012340"})
    void acceptsValidCodes(String code) {
        assertNull(CreditCode.problem(code));
        assertTrue(CreditCode.isValid(code));
    }

    @Test
    void refusesEverySingleCharacterSubstitution() {
        String valid = "91350100M000100Y43";
        for (int i = 0; i < valid.length(); i++) {
            for (char c : CreditCode.ALPHABET.toCharArray()) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String corrupted = valid.substring(0, i) + c + valid.substring(i + 1);
                // characters 3-8 must stay digits; any other substitution must break the checksum
                assertFalse(CreditCode.isValid(corrupted), corrupted);
            }
        }
    }

    @Test
    void refusesAdjacentTransposition() {
        String valid = "91110000802100433B";
        int refused = 0;
        int tried = 0;
        for (int i = 0; i < 17; i++) {
            if (valid.charAt(i) == valid.charAt(i + 1)) {
                continue;
            }
            tried++;
            String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
            if (!CreditCode.isValid(swapped)) {
                refused++;
            }
        }
        assertEquals(tried, refused);
    }

    @Test
    void explainsWrongLength() {
        assertEquals("must have 18 characters, has 17", CreditCode.problem("91350100M000100Y4").en());
        assertEquals("应为 18 位，实为 17 位", CreditCode.problem("91350100M000100Y4").zh());
        assertEquals("must have 18 characters, has 19", CreditCode.problem("91350100M000100Y433").en());
    }

    @Test
    void refusesLettersOutsideTheAlphabet() {
        for (char bad : new char[] {'I', 'O', 'Z', 'S', 'V', 'a', '-'}) {
            String code = "91350100M000100Y4" + bad;
            assertNotNull(CreditCode.problem(code), code);
        }
        assertTrue(CreditCode.problem("91350100I000100Y43").en().contains("character 9"));
        assertTrue(CreditCode.problem("91350100I000100Y43").zh().contains("第 9 位"));
    }

    @Test
    void refusesLettersInTheDivisionPart() {
        String first17 = "9135A100M000100Y4";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertTrue(CreditCode.problem(code).en().contains("3 to 8"));
    }

    @Test
    void wrongCheckCharacterNamesTheExpectedOne() {
        assertTrue(CreditCode.problem("91350100M000100Y44").en().contains("expected '3'"));
        assertTrue(CreditCode.problem("91350100M000100Y44").zh().contains("应为“3”"));
    }
}
