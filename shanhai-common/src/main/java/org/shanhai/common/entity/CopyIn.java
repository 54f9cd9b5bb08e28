package org.shanhai.common.entity;

import org.shanhai.common.problem.Text;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.shanhai.common.problem.Problems;

/**
 * Many new rows into one table with PostgreSQL's {@code COPY ... FROM STDIN}, on the connection of the
 * caller's transaction, so they commit or roll back with everything else it wrote. For imports: a
 * value and its event written this way cost a fraction of an INSERT each (bench/README.md).
 */
public final class CopyIn {

    private CopyIn() {
    }

    /** Writes {@code rows} (values in {@code columns}' order) into {@code table}; returns how many. */
    public static long rows(EntityManager em, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                text(text, row[i]);
            }
            text.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    // a row of the same key was written by another request since this one looked
                    throw Problems.conflict(null, Text.of("some of these values were recorded by another request meanwhile; "
                            + "send the file again (each value is an upsert)",
                            "其中部分数值同时被另一请求写入；请重新提交文件（每个数值按有则更新处理）"));
                }
                throw e;
            } catch (java.io.IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
        });
    }

    /** COPY's text format: \N for null, and backslash, tab, newline and carriage return escaped. */
    static void text(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
