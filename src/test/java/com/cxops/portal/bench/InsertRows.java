package com.cxops.portal.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One multi-row INSERT being built by a generator: sent every {@value #ROWS_PER_STATEMENT} rows, committed every
 * {@value #STATEMENTS_PER_COMMIT} statements. Rows whose parents sit in {@code parent} send the parent's pending rows
 * first, so foreign keys stay on. With the SQL literals the generators write (by hand: a formatter is the hottest
 * spot with millions of rows).
 */
final class InsertRows {

    static final int ROWS_PER_STATEMENT = 1_000;
    static final int STATEMENTS_PER_COMMIT = 10;

    private final Connection connection;
    private final InsertRows parent;
    private final String head;
    private final StringBuilder sql = new StringBuilder(256 * ROWS_PER_STATEMENT);
    private int rows;
    private int statements;

    InsertRows(Connection connection, String head) {
        this(connection, null, head);
    }

    InsertRows(Connection connection, InsertRows parent, String head) {
        this.connection = connection;
        this.parent = parent;
        this.head = head;
    }

    void add(String values) throws SQLException {
        sql.append(rows == 0 ? head : ",").append('(').append(values).append(')');
        if (++rows == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (rows == 0) {
            return;
        }
        if (parent != null) {
            parent.flush();
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(sql.toString());
        }
        sql.setLength(0);
        rows = 0;
        if (++statements % STATEMENTS_PER_COMMIT == 0) {
            connection.commit();
        }
    }

    /** 'yyyy-MM-dd HH:mm:ss' in UTC. */
    static String time(Instant i) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(i.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(19).append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        return two(b, t.getSecond()).toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** A moment as a quoted literal, or NULL. */
    static String qt(Instant i) {
        return i == null ? "NULL" : "'" + time(i) + "'";
    }

    /** A text as a quoted literal. */
    static String q(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** H2 does not move its identity past explicit ids; MariaDB/MySQL do. */
    static void restartIdentities(DataSource dataSource, String... tables) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                return;
            }
            for (String t : tables) {
                long next;
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + t)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                s.executeUpdate("ALTER TABLE " + t + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }
}
