package org.jointfunding.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Sends malformed input to every operation of the committed OpenAPI contract, as each of the given
 * callers, and fails with every answer that breaks the rule "bad input is a 4xx problem document,
 * never a 5xx": broken and mistyped JSON, nulls, huge numbers, overlong strings, unknown ids, ids of
 * the wrong shape, nonsense query values and headers. The contract drives it, so a new endpoint is
 * swept without a line written for it.
 */
public final class BadInputSweep {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG = "x".repeat(20_000);
    private static final String HUGE_NUMBER = "99999999999999999999999999";
    private static final List<String> BROKEN_BODIES = List.of("{", "[]", "null", "\"text\"", "{}", "{\"a\":", "[1,2,3]");
    /** Query values; URLs over 4 KiB get the HTTP layer's bare 414 before any of our code runs, so 2,000 characters at most. */
    private static final List<String> ODD_VALUES = List.of("abc", "-1", HUGE_NUMBER, "", LONG.substring(0, 2000), "2026-13-45T25:61:00Z",
            "a%00b", "a%07b%1Bc", "%ED%A0%80");
    /** Text PostgreSQL refuses (NUL) or nobody can read: a control character and a lone surrogate. */
    private static final String CONTROLS = "a\u0000b\u0007c\ud800";

    /** Headers that frame the message: nonsense there is a broken request the client cannot even send. */
    private static final List<String> FRAMING_HEADERS = List.of("content-length", "content-type", "transfer-encoding");

    private final JsonNode contract;
    private final List<String> failures = new ArrayList<>();

    private BadInputSweep(JsonNode contract) {
        this.contract = contract;
    }

    /** {@code callers}: a label and a bearer token each ({@code "Bearer ey..."}), or null for anonymous. */
    public static void assertNoServerErrors(Map<String, String> callers) {
        BadInputSweep sweep;
        try {
            sweep = new BadInputSweep(JSON.readTree(OpenApiContract.COMMITTED.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int requests = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            requests += sweep.sweep(caller.getKey(), caller.getValue());
        }
        if (!sweep.failures.isEmpty()) {
            fail(sweep.failures.size() + " of " + requests + " malformed requests were not answered with a 4xx problem document:\n"
                    + String.join("\n", sweep.failures));
        }
    }

    private int sweep(String callerLabel, String bearer) {
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                for (Request request : variants(path.getKey(), op.getValue())) {
                    sent++;
                    try {
                        check(callerLabel, method, request, send(bearer, method, request));
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Exception e) { // the connection dropped before an answer
                        failures.add(callerLabel + ": " + method + " " + abbreviate(request.path()) + " [" + request.what()
                                + "] -> no answer: " + e);
                    }
                }
            }
        }
        return sent;
    }

    private record Request(String what, String path, Map<String, String> query, Map<String, String> headers,
                           String contentType, String body) {
    }

    private List<Request> variants(String template, JsonNode op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        boolean hasPathParams = template.contains("{");
        String known = fill(template, p -> UUID.randomUUID().toString());
        List<Request> variants = new ArrayList<>();
        if (hasPathParams) {
            variants.add(new Request("unknown id", known, Map.of(), Map.of(), null, null));
            variants.add(new Request("id of the wrong shape", fill(template, p -> "not-an-id"), Map.of(), Map.of(), null, null));
            variants.add(new Request("overlong id", fill(template, p -> "y".repeat(1500)), Map.of(), Map.of(), null, null));
            variants.add(new Request("NUL in id", fill(template, p -> "a%00b"), Map.of(), Map.of(), null, null));
        }
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "query" -> ODD_VALUES.forEach(value -> variants.add(new Request("query " + name + "=" + abbreviate(value),
                        known, Map.of(name, value), Map.of(), null, null)));
                case "header" -> {
                    if (!FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                        variants.add(new Request("header " + name + " overlong", known, Map.of(),
                                Map.of(name, LONG.substring(0, 4000)), null, null));
                    }
                }
                default -> { }
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(content.path("application/json").path("schema"));
            BROKEN_BODIES.forEach(body -> variants.add(new Request("body " + body, known, Map.of(), Map.of(), "application/json", body)));
            variants.add(new Request("every field mistyped", known, Map.of(), Map.of(), "application/json", mistyped(schema).toString()));
            variants.add(new Request("every field null", known, Map.of(), Map.of(), "application/json", nulls(schema).toString()));
            variants.add(new Request("every field at an extreme", known, Map.of(), Map.of(), "application/json", extremes(schema).toString()));
            variants.add(new Request("control characters in every text", known, Map.of(), Map.of(), "application/json",
                    controls(schema).toString().replace("\ud800", "\\ud800"))); // escaped: UTF-8 cannot carry a lone surrogate
            variants.add(new Request("no content type", known, Map.of(), Map.of(), "text/plain", "{}"));
        } else if (content.has("application/x-www-form-urlencoded")) {
            JsonNode schema = resolve(content.path("application/x-www-form-urlencoded").path("schema"));
            variants.add(new Request("form of nonsense", known, Map.of(), Map.of(), "application/x-www-form-urlencoded",
                    "grant_type=" + LONG.substring(0, 1500) + "&scope=%ZZ&client_id="));
            // every free-text field 1,000 characters long (under the 2 KiB per-field limit), once with each
            // value of every enumerated field (an OAuth grant_type), so each branch reads the overlong fields
            String overlong = LONG.substring(0, 1000);
            Map<String, JsonNode> fields = properties(schema);
            List<String> free = fields.keySet().stream().filter(name -> !fields.get(name).has("enum")).map(name -> name + "=" + overlong).toList();
            List<String> choices = new ArrayList<>();
            fields.forEach((name, field) -> field.path("enum").forEach(value -> choices.add(name + "=" + value.asText())));
            if (choices.isEmpty()) {
                choices.add("");
            }
            for (String choice : choices) {
                List<String> parts = new ArrayList<>(free);
                if (!choice.isEmpty()) {
                    parts.add(choice);
                }
                variants.add(new Request("form " + (choice.isEmpty() ? "" : choice + " ") + "with every other field overlong", known,
                        Map.of(), Map.of(), "application/x-www-form-urlencoded", String.join("&", parts)));
                List<String> nuls = new ArrayList<>(fields.keySet().stream().filter(name -> !fields.get(name).has("enum"))
                        .map(name -> name + "=a%00b").toList());
                if (!choice.isEmpty()) {
                    nuls.add(choice);
                }
                variants.add(new Request("form " + (choice.isEmpty() ? "" : choice + " ") + "with a NUL in every other field", known,
                        Map.of(), Map.of(), "application/x-www-form-urlencoded", String.join("&", nuls)));
            }
        } else if (content.size() > 0) {
            variants.add(new Request("unexpected body", known, Map.of(), Map.of(), "application/octet-stream", LONG));
        }
        if (variants.isEmpty()) {
            variants.add(new Request("as documented", known, Map.of(), Map.of(), null, null));
        }
        return variants;
    }

    private static Response send(String bearer, String method, Request request) {
        RequestSpecification spec = given().urlEncodingEnabled(false).redirects().follow(false);
        if (bearer != null) {
            spec.header("Authorization", bearer);
        }
        request.headers().forEach(spec::header);
        request.query().forEach((name, value) -> spec.queryParam(name, value));
        if (request.body() != null) {
            spec.contentType(request.contentType());
            // REST Assured encodes a String body by its content type and knows no encoder for binary types
            if (request.contentType().startsWith("application/octet-stream")) {
                spec.body(request.body().getBytes(StandardCharsets.UTF_8));
            } else {
                spec.body(request.body());
            }
        }
        return spec.request(method, request.path());
    }

    private void check(String caller, String method, Request request, Response response) {
        int status = response.statusCode();
        String contentType = String.valueOf(response.contentType());
        boolean problem = contentType.startsWith("application/problem+json");
        // an OAuth endpoint (a form in) answers in OAuth's own error format (RFC 6749 section 5.2)
        boolean oauthError = "application/x-www-form-urlencoded".equals(request.contentType())
                && contentType.startsWith("application/json") && response.jsonPath().getString("error") != null;
        // 401 (no or bad token) carries a WWW-Authenticate challenge; everything else must explain itself
        if (status >= 500 || (status >= 400 && status != 401 && !problem && !oauthError)) {
            String body = response.asString();
            failures.add(caller + ": " + method + " " + abbreviate(request.path()) + " [" + request.what() + "] -> " + status
                    + " " + contentType + " " + abbreviate(body.replace('\n', ' ')));
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        return resolve(contract.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        resolved.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), resolve(e.getValue())));
        resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
        return properties;
    }

    private ObjectNode mistyped(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        properties(schema).forEach((name, property) -> body.set(name, switch (property.path("type").asText("object")) {
            case "string" -> NODES.numberNode(12345);
            case "integer", "number" -> NODES.textNode("twelve");
            case "boolean" -> NODES.textNode("maybe");
            case "array" -> NODES.textNode("not a list");
            default -> NODES.numberNode(7);
        }));
        return body;
    }

    private ObjectNode nulls(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        properties(schema).keySet().forEach(body::putNull);
        return body;
    }

    private ObjectNode extremes(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        properties(schema).forEach((name, property) -> body.set(name, switch (property.path("type").asText("object")) {
            case "string" -> NODES.textNode(property.has("enum") ? "NOT_A_VALUE" : LONG);
            case "integer" -> NODES.numberNode(new java.math.BigInteger(HUGE_NUMBER));
            case "number" -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                var items = NODES.arrayNode();
                JsonNode item = resolve(property.path("items"));
                for (int i = 0; i < 1000; i++) {
                    items.add("string".equals(item.path("type").asText()) ? NODES.textNode(LONG.substring(0, 300)) : NODES.numberNode(-1));
                }
                yield items;
            }
            default -> NODES.objectNode().put("unexpected", LONG.substring(0, 100));
        }));
        return body;
    }

    /** Every free-text field, list item and map key carries a NUL, a bell and a lone surrogate; the rest is valid-looking. */
    private ObjectNode controls(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        String text = CONTROLS;
        properties(schema).forEach((name, property) -> body.set(name, switch (property.path("type").asText("object")) {
            case "string" -> NODES.textNode(property.has("enum") ? property.path("enum").path(0).asText() : text);
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode().add(text);
            default -> NODES.objectNode().put(text, text);
        }));
        return body;
    }

    private static String fill(String template, Function<String, String> value) {
        StringBuilder path = new StringBuilder();
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                return path.append(template.substring(at)).toString();
            }
            int close = template.indexOf('}', open);
            path.append(template, at, open).append(value.apply(template.substring(open + 1, close)));
            at = close + 1;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...(" + text.length() + " chars)";
    }
}
