package org.jointfunding.identity.clients;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jointfunding.identity.common.SecretHasher;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client secret is 256 random bits: kept as SHA-256, not Argon2, which only costs every token request. */
@QuarkusTest
class ApiClientSecretStorageTest {

    @Inject
    AgroalDataSource database;

    @Inject
    SecretHasher hasher;

    private static String[] create() {
        var created = given().header("Authorization", adminBearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "nightly export", "roles", List.of("ADMIN")))
                .post("/api/identity/admin/clients").then().statusCode(201).extract();
        return new String[] {created.path("clientId"), created.path("clientSecret")};
    }

    private static int token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/api/identity/token").then().extract().statusCode();
    }

    @Test
    void aNewSecretIsStoredAsSha256AndStillChecked() throws SQLException {
        String[] client = create();
        assertTrue(storedHash(client[0]).matches("sha256:[0-9a-f]{64}"), storedHash(client[0]));
        assertEquals(200, token(client[0], client[1]));
        assertEquals(401, token(client[0], client[1] + "x"));
        assertEquals(401, token(client[0], client[1].substring(1)));
    }

    @Test
    void aSecretStoredWithArgon2BeforeStillWorksAndIsRehashedOnItsFirstUse() throws SQLException {
        String[] client = create();
        setStoredHash(client[0], hasher.hash(client[1]));
        assertEquals(401, token(client[0], "not-the-secret"));
        assertTrue(storedHash(client[0]).startsWith("$argon2id$"), "a wrong secret changes nothing");
        assertEquals(200, token(client[0], client[1]));
        assertTrue(storedHash(client[0]).startsWith("sha256:"));
        assertEquals(200, token(client[0], client[1]));
    }

    private String storedHash(String clientId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("select secret_hash from api_client where client_id = ?")) {
            query.setString(1, clientId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private void setStoredHash(String clientId, String hash) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement update = c.prepareStatement("update api_client set secret_hash = ? where client_id = ?")) {
            update.setString(1, hash);
            update.setString(2, clientId);
            update.executeUpdate();
        }
    }
}
