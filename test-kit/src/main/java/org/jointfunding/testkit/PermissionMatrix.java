package org.jointfunding.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's PermissionMatrixTest shares: the operations of the committed contract, which
 * the matrix must cover row for row, and what passing or failing the role gate looks like.
 */
public final class PermissionMatrix {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private PermissionMatrix() {
    }

    /** Each operation of the committed contract as {@code METHOD /path/{}} (path parameters unnamed). */
    public static Set<String> contractOperations() {
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(OpenApiContract.COMMITTED.toFile()).get("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(operation(method.toUpperCase(), path.getKey()));
                }
            });
        }
        return operations;
    }

    /** A row's operation in the contract's terms, whatever its path placeholders are called. */
    public static String operation(String method, String path) {
        return method + " " + path.replaceAll("\\{[A-Za-z]+}", "{}");
    }

    /** The role gate let the caller through: neither 401 nor 403, and no 5xx. */
    public static void assertPassedTheGate(Response response, String context) {
        int status = response.statusCode();
        assertTrue(status < 500, context);
        assertTrue(status != 401 && status != 403, "allowed, but refused: " + context);
    }

    /** The role gate refused the caller with the expected status, as a problem document. */
    public static void assertRefused(Response response, int expected, String context) {
        assertEquals(expected, response.statusCode(), context);
        assertTrue(response.contentType().startsWith("application/problem+json"), context);
    }
}
