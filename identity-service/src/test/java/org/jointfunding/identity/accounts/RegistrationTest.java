package org.jointfunding.identity.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.identity.common.Sha256;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.register;
import static org.jointfunding.identity.Portal.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class RegistrationTest {

    @Inject
    EntityManager db;

    private static Map<String, Object> valid(String email) {
        return new HashMap<>(Map.of("email", email, "displayName", "Aisha Rahman", "country", "MY",
                "password", PASSWORD, "role", "MENTOR"));
    }

    @Test
    void aStartupOrMentorRegistersAndCanLogIn() {
        String email = uniqueEmail("mentor");
        var created = register(valid(email)).statusCode(201)
                .body("roles", equalTo(List.of("MENTOR")))
                .body("status", equalTo("ACTIVE"))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/identity/admin/accounts/" + id));
        assertThat(created.header("Location"), org.hamcrest.Matchers.startsWith("http"));
        assertEquals("\"" + created.path("version") + "\"", created.header("ETag"));
        login(email, PASSWORD).statusCode(200);
    }

    @Test
    void emailIsStoredLowerCaseAndUniqueRegardlessOfCase() {
        String email = "Mixed.Case-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.TEST";
        register(valid(email)).statusCode(201).body("email", equalTo(email.toLowerCase()));
        register(valid(email.toUpperCase())).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/email-taken"))
                .body("field", equalTo("email"));
        login(email.toUpperCase(), PASSWORD).statusCode(200);
    }

    @Test
    void badFieldsAreAllListedAndNothingIsCreated() {
        String email = uniqueEmail("bad");
        Map<String, Object> body = valid(email);
        body.put("country", "XX");
        body.put("password", "short");
        register(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", containsInAnyOrder("country", "password"));
        body = valid("not-an-email");
        body.put("displayName", " ");
        register(body).statusCode(400).body("errors.field", hasItems("email", "displayName"));
        register(Map.of()).statusCode(400).body("errors.field", hasItems("email", "displayName", "country", "password", "role"));
        given().header("Authorization", adminBearer()).queryParam("email", email)
                .get("/api/identity/admin/accounts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void passwordMustNotContainTheEmail() {
        String email = uniqueEmail("cleverpat");
        Map<String, Object> body = valid(email);
        body.put("password", "my password is " + email.substring(0, email.indexOf('@')));
        register(body).statusCode(400).body("errors.find { it.field == 'password' }.message", equalTo("must not contain the email address"));
    }

    @Test
    void onlyStartupAndMentorMaySelfRegister() {
        for (String role : new String[]{"ADMIN", "REVIEWER", "AGENCY_ADMIN"}) {
            Map<String, Object> body = valid(uniqueEmail("climber"));
            body.put("role", role);
            register(body).statusCode(400).body("errors.field", hasItem("role"));
        }
        Map<String, Object> body = valid(uniqueEmail("typo"));
        body.put("role", "SUPERUSER");
        register(body).statusCode(400).body("errors.field", hasItem("role"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"email\":").post("/api/identity/register")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("type", equalTo("/problems/malformed-json"));
    }

    private static io.restassured.response.ValidatableResponse registerWithKey(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/identity/register").then();
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheSameAccount() {
        Map<String, Object> body = valid(uniqueEmail("retry"));
        String key = UUID.randomUUID().toString();
        var first = registerWithKey(key, body).statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue()).extract();
        String id = first.path("id");
        registerWithKey(key, body).statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(id)).body("email", equalTo(body.get("email")));
        // without the key, the same email is a duplicate
        register(body).statusCode(409);
        given().header("Authorization", adminBearer()).queryParam("type", "ACCOUNT_REGISTERED").queryParam("target", id)
                .get("/api/identity/admin/audit").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theSameKeyWithOtherFieldsIsRefusedAndCreatesNothing() {
        String email = uniqueEmail("reused");
        String key = UUID.randomUUID().toString();
        registerWithKey(key, valid(email)).statusCode(201);
        Map<String, Object> other = valid(email);
        other.put("displayName", "Someone else");
        registerWithKey(key, other).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
        other.put("role", "STARTUP");
        registerWithKey(key, other).statusCode(422);
        given().header("Authorization", adminBearer()).queryParam("email", email).get("/api/identity/admin/accounts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].displayName", equalTo("Aisha Rahman"))
                .body("items[0].roles", equalTo(List.of("MENTOR")));
        // the key belongs to the email: another person's registration with the same key is theirs
        registerWithKey(key, valid(uniqueEmail("other"))).statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void thePasswordIsNeitherPartOfTheKeyNorKept() {
        Map<String, Object> body = valid(uniqueEmail("secretive"));
        String key = UUID.randomUUID().toString();
        String id = registerWithKey(key, body).statusCode(201).extract().path("id");
        Map<String, Object> otherPassword = new HashMap<>(body);
        otherPassword.put("password", "another long pass phrase");
        // the request compared for the key leaves the password out: a retry is a retry, whatever it typed
        registerWithKey(key, otherPassword).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        login((String) body.get("email"), PASSWORD).statusCode(200);
        login((String) body.get("email"), "another long pass phrase").statusCode(401);

        Object[] record = QuarkusTransaction.requiringNew().call(() -> (Object[]) db.createNativeQuery(
                        "select caller, body from idempotency_record where key = ?1").setParameter(1, key).getSingleResult());
        assertEquals("register:" + Sha256.hex((String) body.get("email")), record[0]); // no address in the key store
        assertFalse(((String) record[1]).contains(PASSWORD));
        assertThat((String) record[1], containsString(id));
    }
}
