package org.jointfunding.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one: paths (each service owns its own prefix, so
 * they never collide), components of every kind, tags and security schemes. A component defined
 * differently by two services is renamed {@code <service>_<Name>} in the later service, and that
 * service's {@code $ref}s are rewritten to match. Services that could not be read are listed under
 * {@code x-unavailable-services}; the merge never fails because one is missing.
 */
public final class OpenApiMerger {

    private static final String REF_PREFIX = "#/components/";

    private OpenApiMerger() {
    }

    /**
     * @param documents   service name to its OpenAPI document, in merge order
     * @param unavailable service name to the reason its document is missing
     */
    public static JsonObject merge(String title, Map<String, JsonObject> documents, Map<String, String> unavailable) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        Set<String> openapiVersions = new LinkedHashSet<>();
        JsonArray security = null;

        for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
            String service = entry.getKey();
            JsonObject document = entry.getValue().copy();
            openapiVersions.add(document.getString("openapi", "3.0.3"));
            JsonObject theirs = document.getJsonObject("components", new JsonObject());
            Map<String, String> renames = renamesFor(service, theirs, components);
            if (!renames.isEmpty()) {
                document = (JsonObject) rewriteRefs(document, renames);
                theirs = document.getJsonObject("components", new JsonObject());
            }
            for (String kind : theirs.fieldNames()) {
                JsonObject merged = components.getJsonObject(kind);
                if (merged == null) {
                    merged = new JsonObject();
                    components.put(kind, merged);
                }
                JsonObject ofKind = theirs.getJsonObject(kind);
                for (String name : ofKind.fieldNames()) {
                    String target = renames.getOrDefault(REF_PREFIX + kind + "/" + name, REF_PREFIX + kind + "/" + name)
                            .substring((REF_PREFIX + kind + "/").length());
                    merged.put(target, ofKind.getValue(name));
                }
            }
            JsonObject servicePaths = document.getJsonObject("paths", new JsonObject());
            servicePaths.forEach(path -> paths.put(path.getKey(), path.getValue()));
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                JsonObject t = (JsonObject) tag;
                tags.putIfAbsent(t.getString("name"), t);
            }
            if (security == null && document.containsKey("security")) {
                security = document.getJsonArray("security");
            }
        }

        JsonObject info = new JsonObject().put("title", title).put("version", "1.0")
                .put("description", "The portal's public API as served through the gateway: "
                        + String.join(", ", documents.keySet())
                        + (unavailable.isEmpty() ? "." : ". Missing right now: " + String.join(", ", unavailable.keySet()) + "."));
        JsonObject merged = new JsonObject()
                .put("openapi", openapiVersions.isEmpty() ? "3.0.3" : openapiVersions.iterator().next())
                .put("info", info)
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("paths", paths)
                .put("components", components);
        if (!tags.isEmpty()) {
            merged.put("tags", new JsonArray(tags.values().stream().map(Object.class::cast).toList()));
        }
        if (security != null) {
            merged.put("security", security);
        }
        if (!unavailable.isEmpty()) {
            merged.put("x-unavailable-services", new JsonObject(new HashMap<>(unavailable)));
        }
        return merged;
    }

    /** {@code #/components/<kind>/<Name>} refs to rename because an earlier service defined them differently. */
    private static Map<String, String> renamesFor(String service, JsonObject theirs, JsonObject merged) {
        Map<String, String> renames = new HashMap<>();
        for (String kind : theirs.fieldNames()) {
            JsonObject existing = merged.getJsonObject(kind);
            if (existing == null) {
                continue;
            }
            JsonObject ofKind = theirs.getJsonObject(kind);
            for (String name : ofKind.fieldNames()) {
                if (existing.containsKey(name) && !existing.getValue(name).equals(ofKind.getValue(name))) {
                    renames.put(REF_PREFIX + kind + "/" + name, REF_PREFIX + kind + "/" + service + "_" + name);
                }
            }
        }
        return renames;
    }

    private static Object rewriteRefs(Object node, Map<String, String> renames) {
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            object.forEach(field -> {
                Object value = field.getValue();
                if ("$ref".equals(field.getKey()) && value instanceof String ref) {
                    copy.put("$ref", renames.getOrDefault(ref, ref));
                } else {
                    copy.put(field.getKey(), rewriteRefs(value, renames));
                }
            });
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(rewriteRefs(item, renames)));
            return copy;
        }
        return node;
    }
}
