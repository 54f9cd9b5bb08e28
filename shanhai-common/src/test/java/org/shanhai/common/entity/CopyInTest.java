package org.shanhai.common.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CopyInTest {

    static String text(Object value) {
        StringBuilder b = new StringBuilder();
        CopyIn.text(b, value);
        return b.toString();
    }

    @Test
    void copyTextEscapesWhatWouldEndAFieldOrARow() {
        assertEquals("\\N", text(null));
        assertEquals("据院统计\\t年报\\n第二行\\r", text("据院统计\t年报\n第二行\r"));
        assertEquals("{\"note\": \"a\\\\nb\"}", text("{\"note\": \"a\\nb\"}")); // JSON's own \\n stays two characters
        assertEquals("1250", text(new BigDecimal("1.25E+3")));
        assertEquals("true", text(Boolean.TRUE));
    }
}
