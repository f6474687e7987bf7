package org.jointfunding.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ObjectMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A custom resource checked against its CRD's OpenAPI v3 schema, as the API server does with a
 * structural schema: unknown fields, missing required ones, wrong types, values outside an enum or
 * pattern. The CEL rules (x-kubernetes-validations) are not evaluated. The schemas are the CRDs of
 * CloudNativePG 1.30 and of its Barman Cloud Plugin, without their descriptions
 * (src/test/resources/crd-schemas/README.md).
 */
final class CrdSchema {

    /** apiVersion/kind of the custom resources the manifests may contain, and their schema file. */
    static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "Cluster.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "ScheduledBackup.json",
            "barmancloud.cnpg.io/v1/ObjectStore", "ObjectStore.json");

    private static final Map<String, JsonNode> LOADED = new ConcurrentHashMap<>();

    private CrdSchema() {
    }

    static boolean covers(String apiVersionAndKind) {
        return SCHEMAS.containsKey(apiVersionAndKind);
    }

    /** The problems found in {@code object}, each with its path; empty when it is valid. */
    static List<String> validate(JsonNode object) {
        String key = Manifests.apiVersion(object) + "/" + Manifests.kind(object);
        JsonNode schema = LOADED.computeIfAbsent(key, CrdSchema::load).path("openAPIV3Schema");
        List<String> problems = new ArrayList<>();
        // metadata is "type: object" in a CRD: the API server checks it as any object's metadata
        try {
            StrictModel.read(object.path("metadata"), ObjectMeta.class);
        } catch (AssertionError e) {
            problems.add("metadata: " + e.getMessage());
        }
        check(object, schema, "", problems);
        return problems;
    }

    private static JsonNode load(String key) {
        String file = "/crd-schemas/" + SCHEMAS.get(key);
        try (InputStream in = CrdSchema.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + file);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                problems.add(path + ": an integer or a string expected, not " + value);
            } else if (value.isTextual() && schema.has("pattern") && !matches(schema.get("pattern").asText(), value.asText())) {
                problems.add(path + ": \"" + value.asText() + "\" does not match " + schema.get("pattern").asText());
            }
            return;
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode alternative : schema.get("anyOf")) {
                List<String> theirs = new ArrayList<>();
                check(value, alternative, path, theirs);
                any |= theirs.isEmpty();
            }
            if (!any) {
                problems.add(path + ": matches none of " + schema.get("anyOf"));
            }
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> checkObject(value, schema, path, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": an array expected, not " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.path("items"), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(path + ": a string expected, not " + value);
                    return;
                }
                String text = value.asText();
                if (schema.has("pattern") && !matches(schema.get("pattern").asText(), text)) {
                    problems.add(path + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
                }
                if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
                    problems.add(path + ": shorter than " + schema.get("minLength").asInt());
                }
                if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
                    problems.add(path + ": longer than " + schema.get("maxLength").asInt());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + ": an integer expected, not " + value);
                    return;
                }
                checkRange(value, schema, path, problems);
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(path + ": a number expected, not " + value);
                    return;
                }
                checkRange(value, schema, path, problems);
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(path + ": true or false expected, not " + value);
                }
            }
            default -> {
                // no type: anything goes (x-kubernetes-preserve-unknown-fields and the like)
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private static void checkObject(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(path + ": an object expected, not " + value);
            return;
        }
        if (path.equals(".metadata")) {
            return; // checked as ObjectMeta
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(path + ": the required field " + required.asText() + " is missing");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), fieldPath, problems);
            } else if (additional.isObject()) {
                check(field.getValue(), additional, fieldPath, problems);
            } else if (!preserve && (properties.size() > 0 || additional.isBoolean() && !additional.asBoolean())) {
                problems.add(fieldPath + ": unknown field (known here: " + names(properties) + ")");
            }
        }
    }

    private static void checkRange(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
            problems.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
        }
    }

    private static boolean matches(String pattern, String text) {
        // OpenAPI patterns are unanchored searches (Go's regexp, close enough to Java's here)
        return Pattern.compile(pattern).matcher(text).find();
    }

    private static String names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
