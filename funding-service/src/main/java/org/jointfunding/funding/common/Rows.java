package org.jointfunding.funding.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * a row carries its collections as {@code array(...)} (text) or {@code json_agg(json_build_array(...))}
 * columns, numbers inside JSON as text, so that a BigDecimal keeps the scale the database stores.
 */
public final class Rows {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** A json_agg of json_build_array(...) rows, each mapped; empty for null (json_agg of no rows). */
    public static <T> List<T> tuples(ResultSet rs, String column, Function<JsonNode, T> mapper) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return List.of();
        }
        try {
            JsonNode rows = JSON.readTree(text);
            List<T> mapped = new ArrayList<>(rows.size());
            rows.forEach(row -> mapped.add(mapper.apply(row)));
            return mapped;
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable JSON in column " + column, e);
        }
    }

    public static String text(JsonNode tuple, int index) {
        JsonNode node = tuple.get(index);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A numeric sent as text (numeric::text), so its scale is what the database stores. */
    public static BigDecimal decimal(JsonNode tuple, int index) {
        String text = text(tuple, index);
        return text == null ? null : new BigDecimal(text);
    }

    public static int integer(JsonNode tuple, int index) {
        return tuple.get(index).asInt();
    }

    public static boolean bool(JsonNode tuple, int index) {
        return tuple.get(index).asBoolean();
    }
}
