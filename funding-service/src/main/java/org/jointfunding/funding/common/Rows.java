package org.jointfunding.funding.common;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reading the columns of the single-statement read queries ({@code CallReads}, {@code ApplicationReads}):
 * a row carries its collections as {@code array(...)} columns: a text list as {@code text[]}, a list of
 * tuples as a two-dimensional {@code text[][]} ({@code array(select array[a, b::text, ...] ...)}), one
 * tuple per row, every value as text (numerics as {@code numeric::text}, so that a BigDecimal keeps the
 * scale the database stores). Building JSON in PostgreSQL and parsing it here cost about as much as
 * the rest of the query (docs/PERFORMANCE.md, Read paths).
 */
public final class Rows {

    private Rows() {
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A text[] column as a list in the array's order; empty for null. */
    public static List<String> texts(ResultSet rs, String column) throws SQLException {
        Object[] values = elements(rs, column);
        return values.length == 0 ? List.of() : Arrays.asList((String[]) values);
    }

    /** A text[][] column, one tuple per row in the array's order, each mapped; empty for an empty array or null. */
    public static <T> List<T> tuples(ResultSet rs, String column, Function<String[], T> mapper) throws SQLException {
        Object[] rows = elements(rs, column);
        List<T> mapped = new ArrayList<>(rows.length);
        for (Object row : rows) {
            mapped.add(mapper.apply((String[]) row));
        }
        return mapped;
    }

    private static Object[] elements(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return new Object[0];
        }
        try {
            return (Object[]) array.getArray();
        } finally {
            array.free();
        }
    }

    /** A numeric sent as text (numeric::text), so its scale is what the database stores. */
    public static BigDecimal decimal(String[] tuple, int index) {
        String text = tuple[index];
        return text == null ? null : new BigDecimal(text);
    }

    public static int integer(String[] tuple, int index) {
        return Integer.parseInt(tuple[index]);
    }

    /** A boolean sent as text ({@code bool::text}: "true" or "false"). */
    public static boolean bool(String[] tuple, int index) {
        return Boolean.parseBoolean(tuple[index]);
    }
}
