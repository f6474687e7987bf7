package org.jointfunding.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed OpenAPI document is the service's contract: the served {@code /q/openapi} must equal
 * it. After an intended API change, refresh the file with {@code -Dopenapi.update=true} and review
 * the diff in the commit.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiContract() {
    }

    public static void assertServedEqualsCommitted() {
        String served = given().accept("application/json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            JsonNode servedTree = JSON.readTree(served);
            if (Boolean.getBoolean("openapi.update")) {
                Files.createDirectories(COMMITTED.getParent());
                Files.writeString(COMMITTED, JSON.writeValueAsString(JSON.treeToValue(servedTree, Object.class)) + "\n");
                return;
            }
            if (!Files.exists(COMMITTED)) {
                fail("No committed contract at " + COMMITTED.toAbsolutePath()
                        + ": run the tests once with -Dopenapi.update=true and commit the file");
            }
            JsonNode committedTree = JSON.readTree(COMMITTED.toFile());
            if (!committedTree.equals(servedTree)) {
                fail("The served OpenAPI document differs from the committed contract " + COMMITTED
                        + ". If the change is intended, run the tests with -Dopenapi.update=true and commit"
                        + " the new document.\nServed:\n" + JSON.writeValueAsString(servedTree));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
