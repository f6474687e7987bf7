package org.jointfunding.gateway;

import io.vertx.core.json.JsonObject;
import org.jointfunding.gateway.openapi.OpenApiMerger;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergerTest {

    private static JsonObject document(String path, String schema, JsonObject definition) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", new JsonObject()
                        .put("responses", new JsonObject().put("200", new JsonObject()
                                .put("$ref", "#/components/schemas/" + schema))))))
                .put("components", new JsonObject().put("schemas", new JsonObject().put(schema, definition)));
    }

    @Test
    void identicalComponentsAreKeptOnceAndDifferentOnesRenamedWithTheirRefs() {
        JsonObject page = new JsonObject().put("type", "object").put("title", "identity page");
        JsonObject otherPage = new JsonObject().put("type", "object").put("title", "funding page");
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put("identity", document("/api/identity/accounts", "Page", page));
        documents.put("funding", document("/api/funding/calls", "Page", otherPage));
        documents.put("mentorship", document("/api/mentorship/matches", "Page", page.copy()));

        JsonObject merged = OpenApiMerger.merge("Portal", documents, Map.of());

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals(page, schemas.getJsonObject("Page"));
        assertEquals(otherPage, schemas.getJsonObject("funding_Page"));
        assertFalse(schemas.containsKey("mentorship_Page"));
        assertEquals("#/components/schemas/funding_Page", ref(merged, "/api/funding/calls"));
        assertEquals("#/components/schemas/Page", ref(merged, "/api/identity/accounts"));
        assertEquals("#/components/schemas/Page", ref(merged, "/api/mentorship/matches"));
        assertFalse(merged.containsKey("x-unavailable-services"));
    }

    @Test
    void aMissingServiceIsReportedNotFatal() {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put("identity", document("/api/identity/accounts", "Account", new JsonObject().put("type", "object")));
        JsonObject merged = OpenApiMerger.merge("Portal", documents, Map.of("funding", "Connection refused"));
        assertEquals("Connection refused", merged.getJsonObject("x-unavailable-services").getString("funding"));
        assertTrue(merged.getJsonObject("paths").containsKey("/api/identity/accounts"));
        assertTrue(merged.getJsonObject("info").getString("description").contains("Missing right now: funding"));
    }

    private static String ref(JsonObject merged, String path) {
        return merged.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getString("$ref");
    }
}
