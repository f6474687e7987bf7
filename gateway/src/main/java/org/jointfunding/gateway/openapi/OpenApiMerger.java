package org.jointfunding.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Merges the services' OpenAPI documents into one: paths (each service owns its own prefix, so
 * they never collide), components of every kind, tags and security schemes. Only what the gateway
 * routes is published: a service's paths under {@code /api/<service>}, never its {@code /internal}
 * ones, and only the components those paths use. A component defined differently by two services
 * is renamed {@code <service>_<Name>} in the later service, and that service's {@code $ref}s are
 * rewritten to match. Services that could not be read are named (never why: the reason may hold an
 * internal address) under {@code x-unavailable-services}; the merge never fails because one is missing.
 */
public final class OpenApiMerger {

    private static final String REF_PREFIX = "#/components/";

    private OpenApiMerger() {
    }

    /**
     * @param documents   service name to its OpenAPI document, in merge order
     * @param unavailable the services whose document is missing
     */
    public static JsonObject merge(String title, Map<String, JsonObject> documents, Collection<String> unavailable) {
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
            String routed = "/api/" + service;
            servicePaths.forEach(path -> {
                if (path.getKey().equals(routed) || path.getKey().startsWith(routed + "/")) {
                    paths.put(path.getKey(), path.getValue());
                }
            });
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
                        + (unavailable.isEmpty() ? "." : ". Missing right now: " + String.join(", ", unavailable) + "."));
        pruneUnused(paths, components);
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
            merged.put("x-unavailable-services", new JsonArray(List.copyOf(unavailable)));
        }
        return merged;
    }

    /** Drops the components no published path reaches (those of internal endpoints); security schemes are named, not referenced, and stay. */
    private static void pruneUnused(JsonObject paths, JsonObject components) {
        Set<String> reached = new HashSet<>();
        Deque<Object> toVisit = new ArrayDeque<>(List.of(paths));
        while (!toVisit.isEmpty()) {
            refsIn(toVisit.pop(), ref -> {
                if (ref.startsWith(REF_PREFIX) && reached.add(ref)) {
                    String[] kindAndName = ref.substring(REF_PREFIX.length()).split("/", 2);
                    JsonObject ofKind = components.getJsonObject(kindAndName[0]);
                    if (ofKind != null && kindAndName.length == 2 && ofKind.containsKey(kindAndName[1])) {
                        toVisit.push(ofKind.getValue(kindAndName[1]));
                    }
                }
            });
        }
        for (String kind : List.copyOf(components.fieldNames())) {
            if (!kind.equals("securitySchemes")) {
                JsonObject ofKind = components.getJsonObject(kind);
                ofKind.fieldNames().removeIf(name -> !reached.contains(REF_PREFIX + kind + "/" + name));
            }
        }
    }

    private static void refsIn(Object node, Consumer<String> found) {
        if (node instanceof JsonObject object) {
            object.forEach(field -> {
                if ("$ref".equals(field.getKey()) && field.getValue() instanceof String ref) {
                    found.accept(ref);
                } else {
                    refsIn(field.getValue(), found);
                }
            });
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> refsIn(item, found));
        }
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
