package org.shanhai.training.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PassRateTest {

    @Test
    void percentWithTwoPlacesHalfUp() {
        assertEquals(new BigDecimal("62.00"), PassRate.of(31, 50));
        assertEquals(new BigDecimal("66.67"), PassRate.of(2, 3));
        assertEquals(new BigDecimal("33.33"), PassRate.of(1, 3));
        assertEquals(new BigDecimal("0.00"), PassRate.of(0, 7));
        assertEquals(new BigDecimal("100.00"), PassRate.of(7, 7));
        assertEquals(new BigDecimal("0.01"), PassRate.of(1, 10000));
    }

    @Test
    void impossibleFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PassRate.of(8, 7));
        assertThrows(IllegalArgumentException.class, () -> PassRate.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> PassRate.of(-1, 5));
    }
}
