package org.jointfunding.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.jointfunding.gateway.openapi.OpenApiMerger;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

        JsonObject merged = OpenApiMerger.merge("Portal", documents, List.of());

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
        JsonObject merged = OpenApiMerger.merge("Portal", documents, List.of("funding"));
        assertEquals(new JsonArray().add("funding"), merged.getJsonArray("x-unavailable-services"));
        assertTrue(merged.getJsonObject("paths").containsKey("/api/identity/accounts"));
        assertTrue(merged.getJsonObject("info").getString("description").contains("Missing right now: funding"));
    }

    @Test
    void onlyRoutedPathsArePublishedWithTheComponentsTheyUse() {
        JsonObject document = document("/api/mentorship/matches", "Match", new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put("mentor", new JsonObject().put("$ref", "#/components/schemas/Mentor"))));
        document.getJsonObject("components").getJsonObject("schemas")
                .put("Mentor", new JsonObject().put("type", "object"))
                .put("InboundEvent", new JsonObject().put("type", "object"));
        document.getJsonObject("components").put("securitySchemes", new JsonObject().put("SecurityScheme", new JsonObject().put("type", "http")));
        document.getJsonObject("paths")
                .put("/internal/events", new JsonObject().put("post", new JsonObject()
                        .put("parameters", new JsonArray().add(new JsonObject().put("name", "X-Service-Credential").put("in", "header")))
                        .put("requestBody", new JsonObject().put("$ref", "#/components/schemas/InboundEvent"))))
                .put("/api/identity/accounts", new JsonObject().put("get", new JsonObject()));

        JsonObject merged = OpenApiMerger.merge("Portal", Map.of("mentorship", document), List.of());

        assertEquals(Set.of("/api/mentorship/matches"), merged.getJsonObject("paths").fieldNames());
        assertEquals(Set.of("Match", "Mentor"), merged.getJsonObject("components").getJsonObject("schemas").fieldNames());
        assertTrue(merged.getJsonObject("components").getJsonObject("securitySchemes").containsKey("SecurityScheme"));
        assertFalse(merged.encode().contains("X-Service-Credential"));
    }

    private static String ref(JsonObject merged, String path) {
        return merged.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getString("$ref");
    }
}
