package org.shanhai.common.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** COPY's binary forms, byte for byte as PostgreSQL's *_send functions write them. */
class CopyInTest {

    static byte[] field(Object value) {
        CopyIn.Batch bytes = new CopyIn.Batch();
        CopyIn.field(bytes, value);
        return bytes.toByteArray();
    }

    /** Big-endian 16-bit words, as numeric_send writes them after the 4-byte length. */
    static byte[] numeric(int... words) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeInt(2 * words.length);
            for (int w : words) {
                out.writeShort(w);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void numbersAreBase10000DigitsWithTheWeightOfTheFirstAndTheScale() {
        // ndigits, weight, sign, dscale, digits...
        assertArrayEquals(numeric(1, 0, 0, 0, 1250), field(new BigDecimal("1250")));
        assertArrayEquals(numeric(1, 0, 0, 0, 1250), field(new BigDecimal("1.25E+3")));
        assertArrayEquals(numeric(3, 1, 0, 3, 1, 2345, 6780), field(new BigDecimal("12345.678")));
        assertArrayEquals(numeric(1, -1, 0, 4, 1), field(new BigDecimal("0.0001")));
        assertArrayEquals(numeric(1, -2, 0, 5, 1000), field(new BigDecimal("0.00001")));
        assertArrayEquals(numeric(1, 1, 0, 0, 1), field(new BigDecimal("10000")), "one digit of weight 1, the zero group dropped");
        assertArrayEquals(numeric(2, 0, 0x4000, 2, 92, 5300), field(new BigDecimal("-92.53")));
        assertArrayEquals(numeric(0, 0, 0, 2), field(new BigDecimal("0.00")));
        assertArrayEquals(numeric(4, 3, 0, 4, 9999, 9999, 9999, 9999), field(new BigDecimal("9999999999999999.0000")),
                "numeric(20,4)'s largest value");
    }

    static byte[] numeric(boolean small, BigDecimal value) {
        CopyIn.Batch bytes = new CopyIn.Batch();
        if (small) {
            CopyIn.small(bytes, value);
        } else {
            CopyIn.general(bytes, value);
        }
        return bytes.toByteArray();
    }

    @Test
    void numbersOfUpTo15DigitsComputedAsTheyAreWrittenOut() {
        // the arithmetic form that writes every reported value, against the form from decimal digits
        java.util.List<BigDecimal> values = new java.util.ArrayList<>(java.util.List.of(BigDecimal.ZERO,
                new BigDecimal("0.5"), new BigDecimal("100000000"), new BigDecimal("-0.00010"),
                new BigDecimal("999999999999999"), new BigDecimal("0.000000000000001"), new BigDecimal("10000.0001")));
        java.util.Random random = new java.util.Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            long bound = BigDecimal.TEN.pow(1 + random.nextInt(15)).longValueExact();
            values.add(BigDecimal.valueOf(random.nextLong() % bound, random.nextInt(12)));
        }
        for (BigDecimal v : values) {
            assertArrayEquals(numeric(false, v), numeric(true, v), v.toPlainString());
        }
    }

    @Test
    void datesAndTimesCountFromTheFirstOf2000() {
        assertArrayEquals(new byte[] {0, 0, 0, 4, 0, 0, 0, 0}, field(LocalDate.of(2000, 1, 1)));
        assertArrayEquals(new byte[] {0, 0, 0, 4, -1, -1, -1, -1}, field(LocalDate.of(1999, 12, 31)));
        assertArrayEquals(new byte[] {0, 0, 0, 4, 0, 0, 0, 60}, field(LocalDate.of(2000, 3, 1))); // 2000 was a leap year
        // 08:00 in Beijing on 1 January 2000 is midnight UTC; 1.5 ms later is 1,500 µs
        assertArrayEquals(new byte[] {0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0x05, (byte) 0xdc},
                field(OffsetDateTime.of(2000, 1, 1, 8, 0, 0, 1_500_000, ZoneOffset.ofHours(8))));
    }

    @Test
    void otherTypesAndNull() {
        assertArrayEquals(new byte[] {-1, -1, -1, -1}, field(null));
        assertArrayEquals(new byte[] {0, 0, 0, 6, (byte) 0xe5, (byte) 0xb9, (byte) 0xb4, (byte) 0xe6, (byte) 0x8a,
            (byte) 0xa5}, field("年报"));
        assertArrayEquals(new byte[] {0, 0, 0, 1, 1}, field(Boolean.TRUE));
        assertArrayEquals(new byte[] {0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 7}, field(7L));
        byte[] uuid = field(UUID.fromString("00000000-0000-0001-0000-000000000002"));
        assertArrayEquals(new byte[] {0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2}, uuid);
        assertThrows(IllegalArgumentException.class, () -> field(3.5d)); // a double has no exact numeric form
    }

    @Test
    void textIsUtf8WhetherItIsAsciiOrNotAndWhereverTheFirstOtherCharacterIs() {
        assertArrayEquals(new byte[] {0, 0, 0, 3, 'a', 'b', 'c'}, field("abc"));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, field(""));
        assertArrayEquals(new byte[] {0, 0, 0, 5, 'a', 'b', (byte) 0xe5, (byte) 0xb9, (byte) 0xb4}, field("ab年"));
        assertArrayEquals(new byte[] {0, 0, 0, 5, (byte) 0xe5, (byte) 0xb9, (byte) 0xb4, 'a', 'b'}, field("年ab"));
        assertArrayEquals(new byte[] {0, 0, 0, 5, 'a', (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80},
                field("a\ud83d\ude00"), "a character outside the BMP: four bytes");
        String text = "x".repeat(70_000) + "年"; // beyond the array's first size, the other character last
        byte[] expected = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] written = field(text);
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(written, 4, written.length));
        assertArrayEquals(new byte[] {0, 1, 0x11, 0x73}, java.util.Arrays.copyOf(written, 4)); // 70,003
    }

    @Test
    void rowsAreNumberedAndARowThatCannotBeWrittenLeavesNothingBehind() {
        CopyIn.Batch batch = new CopyIn.Batch();
        assertEquals(0, batch.add(1L, "a"));
        byte[] one = batch.toByteArray();
        assertThrows(IllegalArgumentException.class, () -> batch.add(2L, 3.5d));
        assertArrayEquals(one, batch.toByteArray());
        assertEquals(1, batch.add(9L));
        batch.removeLast();
        assertArrayEquals(one, batch.toByteArray());
        assertEquals(1, batch.add(2L));
        assertEquals(2, batch.rows());
        assertArrayEquals(new byte[] {0, 2, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 'a',
            0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 2}, batch.toByteArray());
    }
}
