package org.jointfunding.identity.housekeeping;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.identity.Portal;
import org.jointfunding.identity.TestClock;
import org.jointfunding.identity.common.Sha256;
import org.jointfunding.kit.Idempotency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.loginFrom;
import static org.jointfunding.identity.Portal.refresh;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class HousekeepingTest {

    @Inject
    TestClock clock;

    @Inject
    Housekeeping housekeeping;

    @Inject
    Idempotency idempotency;

    @Inject
    EntityManager db;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private long rows(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) db.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }

    private static ValidatableResponse createClient(String idempotencyKey, Map<String, Object> body) {
        return given().header("Authorization", adminBearer()).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                .body(body).post("/api/identity/admin/clients").then().statusCode(201);
    }

    @Test
    void refreshTokensPastTheirExpiryAreDeleted() {
        Portal.Account startup = registered("STARTUP");
        String first = login(startup.email(), PASSWORD).statusCode(200).extract().path("refresh_token");
        refresh(first).statusCode(200); // rotates: two rows now
        UUID account = UUID.fromString(startup.id());
        assertEquals(2, rows("select count(*) from refresh_token where account_id = ?1", account));

        housekeeping.forgetExpired();
        assertEquals(2, rows("select count(*) from refresh_token where account_id = ?1", account)); // not expired yet

        clock.advance(Duration.ofDays(15)); // portal.refresh-token-ttl: P14D
        housekeeping.forgetExpired();

        assertEquals(0, rows("select count(*) from refresh_token where account_id = ?1", account));
        login(startup.email(), PASSWORD).statusCode(200); // the account itself is untouched
    }

    @Test
    void anIdempotencyKeyReplaysForADayThenStartsAfresh() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "nightly export " + key, "roles", List.of("ADMIN"));
        String first = createClient(key, body).extract().path("clientId");
        createClient(key, body).header("Idempotent-Replayed", "true").body("clientId", equalTo(first));

        clock.advance(Duration.ofDays(1).plusMinutes(1)); // portal.idempotency.retention: P1D
        housekeeping.forgetExpired();
        // service-kit's records: its own sweep deletes them, identity's housekeeping leaves them alone
        assertEquals(1, rows("select count(*) from idempotency_record where key = ?1", key));
        idempotency.forgetExpired();
        assertEquals(0, rows("select count(*) from idempotency_record where key = ?1", key));

        assertNotEquals(first, createClient(key, body).extract().path("clientId"));
    }

    @Test
    void anExpiredKeyStartsAfreshEvenBeforeTheSweep() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "weekly report " + key, "roles", List.of("ADMIN"));
        String first = createClient(key, body).extract().path("clientId");

        clock.advance(Duration.ofDays(2));

        assertNotEquals(first, createClient(key, body).extract().path("clientId"));
    }

    @Test
    void expiredPasswordResetCodesAreDeleted() {
        Portal.Account startup = registered("STARTUP");
        given().header("Authorization", adminBearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + startup.id() + "/password-reset").then().statusCode(200);
        UUID account = UUID.fromString(startup.id());
        assertEquals(1, rows("select count(*) from password_reset where account_id = ?1", account));

        clock.advance(Duration.ofDays(2)); // portal.password-reset-ttl: P1D
        housekeeping.forgetExpired();

        assertEquals(0, rows("select count(*) from password_reset where account_id = ?1", account));
    }

    @Test
    void wrongPasswordsStopCountingAfterADayAndAreDeleted() {
        Portal.Account startup = registered("STARTUP");
        String address = "198.51.100.60";
        for (int i = 0; i < 3; i++) { // portal.sign-in.free-failures=2 in %test: the third starts a delay
            loginFrom(address, startup.email(), "wrong password " + i).statusCode(401);
        }
        loginFrom(address, startup.email(), PASSWORD).statusCode(429);
        String key = Sha256.hex(startup.email());
        assertEquals(1, rows("select count(*) from sign_in_attempt where email_key = ?1", key));

        clock.advance(Duration.ofDays(1).plusSeconds(1)); // portal.sign-in.forget-after: P1D
        housekeeping.forgetExpired();

        assertEquals(0, rows("select count(*) from sign_in_attempt where email_key = ?1", key));
        loginFrom(address, startup.email(), PASSWORD).statusCode(200);
    }
}
