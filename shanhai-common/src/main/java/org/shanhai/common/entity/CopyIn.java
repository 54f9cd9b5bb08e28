package org.shanhai.common.entity;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * {@link #row} encodes one row; it touches no database, so any thread may prepare rows while the
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

    private CopyIn() {
    }

    /** A thread's buffer, used again for each row: a row then allocates only its own bytes (an import makes 400,000). */
    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

    private static final class Buffer extends ByteArrayOutputStream {
        final DataOutputStream out = new DataOutputStream(this);

        Buffer() {
            super(1024); // a value row is about 250 bytes, an event row 500
        }
    }

    /** One row in COPY's binary format: the values in the columns' order. */
    public static byte[] row(Object[] values) {
        Buffer buffer = BUFFERS.get();
        buffer.reset();
        try {
            buffer.out.writeShort(values.length);
            for (Object value : values) {
                field(buffer.out, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        byte[] row = buffer.toByteArray();
        if (buffer.size() > 64 * 1024) {
            BUFFERS.remove(); // not kept for ever at the size of an unusual row
        }
        return row;
    }

    /** Writes rows {@link #row} encoded into {@code table}'s {@code columns}; returns how many. */
    public static long rows(EntityManager em, String table, List<String> columns, List<byte[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
        return em.unwrap(Session.class).doReturningWork(connection -> {
            org.postgresql.copy.CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                // rows gathered into messages of up to 64 KiB: the server takes each message on its own, and
                // a message a row (250 to 500 bytes) cost it as much again as the rows' parsing
                byte[] message = new byte[MESSAGE];
                int used = append(copy, message, 0, SIGNATURE);
                for (byte[] row : rows) {
                    used = append(copy, message, used, row);
                }
                used = append(copy, message, used, TRAILER);
                copy.writeToCopy(message, 0, used);
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

    /** The largest message {@link #rows} sends (but for a row larger still, sent alone). */
    private static final int MESSAGE = 64 * 1024;

    /** Adds {@code bytes} to the message, sending it first when they do not fit; returns its new length. */
    private static int append(org.postgresql.copy.CopyIn copy, byte[] message, int used, byte[] bytes) throws SQLException {
        if (used + bytes.length > message.length) {
            copy.writeToCopy(message, 0, used);
            used = 0;
            if (bytes.length > message.length) {
                copy.writeToCopy(bytes, 0, bytes.length);
                return 0;
            }
        }
        System.arraycopy(bytes, 0, message, used, bytes.length);
        return used + bytes.length;
    }

    /** A field: its length (-1 for null), then PostgreSQL's binary form of the value. */
    static void field(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else if (value instanceof UUID u) {
            out.writeInt(16);
            out.writeLong(u.getMostSignificantBits());
            out.writeLong(u.getLeastSignificantBits());
        } else if (value instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (value instanceof Long l) {
            out.writeInt(8);
            out.writeLong(l);
        } else if (value instanceof Integer i) {
            out.writeInt(4);
            out.writeInt(i);
        } else if (value instanceof Boolean b) {
            out.writeInt(1);
            out.writeByte(b ? 1 : 0);
        } else if (value instanceof LocalDate d) {
            out.writeInt(4);
            out.writeInt((int) (d.toEpochDay() - POSTGRES_EPOCH.toEpochDay()));
        } else if (value instanceof OffsetDateTime t) {
            out.writeInt(8);
            out.writeLong((t.toEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000L + t.getNano() / 1_000);
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
    static void numeric(DataOutputStream out, BigDecimal value) throws IOException {
        if (value.scale() >= 0 && value.precision() <= 15) {
            small(out, value); // every reported value: counts, rates, amounts
        } else {
            general(out, value);
        }
    }

    /** numeric for any value, from its decimal digits. */
    static void general(DataOutputStream out, BigDecimal value) throws IOException {
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
        out.writeInt(8 + 2 * groups.size());
        out.writeShort(groups.size());
        out.writeShort(groups.isEmpty() ? 0 : weight);
        out.writeShort(value.signum() < 0 ? 0x4000 : 0);
        out.writeShort(scale);
        for (short g : groups) {
            out.writeShort(g);
        }
    }

    /**
     * numeric for a value of at most 15 digits and no negative scale, by arithmetic: its digits
     * (padded on the right to a whole group of four after the point) split into base-10000 groups.
     */
    static void small(DataOutputStream out, BigDecimal value) throws IOException {
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
        out.writeInt(8 + 2 * (n - lowest));
        out.writeShort(n - lowest);
        out.writeShort(n == lowest ? 0 : weight);
        out.writeShort(value.signum() < 0 ? 0x4000 : 0);
        out.writeShort(scale);
        for (int i = n - 1; i >= lowest; i--) {
            out.writeShort(groups[i]);
        }
    }
}
