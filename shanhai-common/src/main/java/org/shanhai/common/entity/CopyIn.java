package org.shanhai.common.entity;

import jakarta.persistence.EntityManager;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;

/**
 * Many new rows into one table with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT binary)}, on the
 * connection of the caller's transaction, so they commit or roll back with everything else it wrote.
 * For imports: a value and its event written this way cost a fraction of an INSERT each, and the
 * binary format spares the database parsing every uuid, date, number and time from text
 * (bench/README.md "import").
 * <p>
 * {@link Batch#add} encodes rows; it touches no database, so any thread may prepare rows while the
 * transaction's thread writes earlier ones with {@link #rows}. A value's Java type must be the
 * column's: UUID for uuid, String for text, varchar and json, Long for bigint, Integer for integer,
 * Boolean, LocalDate for date, OffsetDateTime for timestamptz, BigDecimal for numeric.
 */
public final class CopyIn {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, // flags
        0, 0, 0, 0}; // no header extension
    private static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};
    private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** The largest message {@link #rows} sends. */
    private static final int MESSAGE = 64 * 1024;

    private CopyIn() {
    }

    /**
     * Rows in COPY's binary format, one after another in one array that grows as needed: a chunk of an
     * import is then a few large arrays, not one small one a row (objects the garbage collector would
     * copy while the database waits), and is sent as it lies. Each row keeps its number, so that some
     * may be sent without the others. Filled by one thread, then handed over.
     */
    public static final class Batch {
        private byte[] bytes = new byte[64 * 1024];
        private int size;
        private int[] ends = new int[1024];
        private int rows;

        /** Appends a row: the values in the columns' order; returns its number. */
        public int add(Object... values) {
            int start = size;
            try {
                putShort(values.length);
                for (Object value : values) {
                    field(this, value);
                }
            } catch (RuntimeException e) {
                size = start; // no half row left behind
                throw e;
            }
            if (rows == ends.length) {
                ends = Arrays.copyOf(ends, 2 * rows);
            }
            ends[rows] = size;
            return rows++;
        }

        public int rows() {
            return rows;
        }

        /** Takes the last row back. */
        void removeLast() {
            rows--;
            size = start(rows);
        }

        /** What has been written, as it lies (for tests). */
        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private int start(int row) {
            return row == 0 ? 0 : ends[row - 1];
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + n));
            }
        }

        void putByte(int v) {
            room(1);
            bytes[size++] = (byte) v;
        }

        void putShort(int v) {
            room(2);
            SHORT.set(bytes, size, (short) v);
            size += 2;
        }

        void putInt(int v) {
            room(4);
            INT.set(bytes, size, v);
            size += 4;
        }

        void putLong(long v) {
            room(8);
            LONG.set(bytes, size, v);
            size += 8;
        }

        void put(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        /** Its length, then its UTF-8; ASCII (codes, ids, most events) copied as it is, with no array made for it. */
        void putText(String s) {
            int n = s.length();
            room(4 + n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8); // over what was copied so far
                    putInt(utf8.length);
                    put(utf8);
                    return;
                }
                bytes[size + 4 + i] = (byte) c;
            }
            INT.set(bytes, size, n);
            size += 4 + n;
        }
    }

    /**
     * Writes {@code batch}'s rows into {@code table}'s {@code columns}: all of them ({@code which} null),
     * or those numbered in {@code which}, in that order; returns how many.
     */
    public static long rows(EntityManager em, String table, List<String> columns, Batch batch, int[] which) {
        if ((which == null ? batch.rows : which.length) == 0) {
            return 0;
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
        return em.unwrap(Session.class).doReturningWork(connection -> {
            org.postgresql.copy.CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                // messages of up to 64 KiB: the server takes each message on its own, and a message a row
                // (250 to 500 bytes) cost it as much again as parsing the rows
                copy.writeToCopy(SIGNATURE, 0, SIGNATURE.length);
                if (which == null) {
                    for (int at = 0; at < batch.size; at += MESSAGE) {
                        copy.writeToCopy(batch.bytes, at, Math.min(MESSAGE, batch.size - at));
                    }
                } else {
                    byte[] message = new byte[MESSAGE];
                    int used = 0;
                    for (int row : which) {
                        int from = batch.start(row);
                        int length = batch.ends[row] - from;
                        if (used > 0 && used + length > MESSAGE) {
                            copy.writeToCopy(message, 0, used);
                            used = 0;
                        }
                        if (length > MESSAGE) {
                            copy.writeToCopy(batch.bytes, from, length);
                        } else {
                            System.arraycopy(batch.bytes, from, message, used, length);
                            used += length;
                        }
                    }
                    if (used > 0) {
                        copy.writeToCopy(message, 0, used);
                    }
                }
                copy.writeToCopy(TRAILER, 0, TRAILER.length);
                return copy.endCopy();
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    // a row of the same key was written by another request since this one looked
                    throw Problems.conflict(null, Text.of("some of these values were recorded by another request meanwhile; "
                            + "send the file again (each value is an upsert)",
                            "其中部分数值同时被另一请求写入；请重新提交文件（每个数值按有则更新处理）"));
                }
                throw e;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy(); // a failure midway must not leave the connection in COPY
                }
            }
        });
    }

    /** A field: its length (-1 for null), then PostgreSQL's binary form of the value. */
    static void field(Batch out, Object value) {
        if (value == null) {
            out.putInt(-1);
        } else if (value instanceof UUID u) {
            out.putInt(16);
            out.putLong(u.getMostSignificantBits());
            out.putLong(u.getLeastSignificantBits());
        } else if (value instanceof String s) {
            out.putText(s);
        } else if (value instanceof Long l) {
            out.putInt(8);
            out.putLong(l);
        } else if (value instanceof Integer i) {
            out.putInt(4);
            out.putInt(i);
        } else if (value instanceof Boolean b) {
            out.putInt(1);
            out.putByte(b ? 1 : 0);
        } else if (value instanceof LocalDate d) {
            out.putInt(4);
            out.putInt((int) (d.toEpochDay() - POSTGRES_EPOCH.toEpochDay()));
        } else if (value instanceof OffsetDateTime t) {
            out.putInt(8);
            out.putLong((t.toEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000L + t.getNano() / 1_000);
        } else if (value instanceof BigDecimal n) {
            numeric(out, n);
        } else {
            throw new IllegalArgumentException("no COPY binary form for " + value.getClass().getName());
        }
    }

    /**
     * numeric: the number of base-10000 digits, the weight of the first, the sign, the display scale,
     * then the digits, most significant first (PostgreSQL's numeric_send).
     */
    static void numeric(Batch out, BigDecimal value) {
        if (value.scale() >= 0 && value.precision() <= 15) {
            small(out, value); // every reported value: counts, rates, amounts
        } else {
            general(out, value);
        }
    }

    /** numeric for any value, from its decimal digits. */
    static void general(Batch out, BigDecimal value) {
        BigDecimal abs = value.abs();
        int scale = Math.max(abs.scale(), 0);
        String plain = abs.setScale(scale).toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        whole = whole.replaceFirst("^0+", "");
        // whole digits padded on the left and fraction digits on the right to groups of four
        String digits = "0".repeat((4 - whole.length() % 4) % 4) + whole + fraction
                + "0".repeat((4 - fraction.length() % 4) % 4);
        int weight = (whole.length() + 3) / 4 - 1;
        List<Short> groups = new ArrayList<>();
        for (int i = 0; i < digits.length(); i += 4) {
            groups.add(Short.parseShort(digits.substring(i, i + 4)));
        }
        while (!groups.isEmpty() && groups.get(0) == 0) {
            groups.remove(0);
            weight--;
        }
        while (!groups.isEmpty() && groups.get(groups.size() - 1) == 0) {
            groups.remove(groups.size() - 1);
        }
        out.putInt(8 + 2 * groups.size());
        out.putShort(groups.size());
        out.putShort(groups.isEmpty() ? 0 : weight);
        out.putShort(value.signum() < 0 ? 0x4000 : 0);
        out.putShort(scale);
        for (short g : groups) {
            out.putShort(g);
        }
    }

    /**
     * numeric for a value of at most 15 digits and no negative scale, by arithmetic: its digits
     * (padded on the right to a whole group of four after the point) split into base-10000 groups.
     */
    static void small(Batch out, BigDecimal value) {
        int scale = value.scale();
        int pad = (4 - scale % 4) % 4;
        long digits = Math.abs(value.unscaledValue().longValueExact());
        for (int i = 0; i < pad; i++) {
            digits *= 10; // at most 10^18
        }
        int fractionGroups = (scale + pad) / 4;
        short[] groups = new short[6]; // least significant first
        int n = 0;
        for (long d = digits; d > 0; d /= 10_000) {
            groups[n++] = (short) (d % 10_000);
        }
        int weight = n - 1 - fractionGroups;
        int lowest = 0;
        while (lowest < n && groups[lowest] == 0) {
            lowest++; // trailing zero groups are not sent
        }
        out.putInt(8 + 2 * (n - lowest));
        out.putShort(n - lowest);
        out.putShort(n == lowest ? 0 : weight);
        out.putShort(value.signum() < 0 ? 0x4000 : 0);
        out.putShort(scale);
        for (int i = n - 1; i >= lowest; i--) {
            out.putShort(groups[i]);
        }
    }
}
