package org.jointfunding.funding.applications;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.funding.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.funding.support.Fixtures.as;

/** A row held by someone else is waited for a few seconds at most (lock_timeout), then answered with a 503 problem, never a hang. */
@QuarkusTest
class LockTimeoutTest {

    @Inject
    AgroalDataSource database;

    @Test
    void anApplicationLockedElsewhereGivesA503AndNothingChanges() throws Exception {
        var call = Fixtures.openCall("1000000", "1000000");
        String owner = Fixtures.startup();
        String application = Fixtures.submitted(owner, call, "1000", "1000");
        try (Connection other = database.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from application where id = ? for update")) {
                lock.setObject(1, UUID.fromString(application));
                lock.executeQuery().close();
            }
            as(owner).body(Map.of("reason", "changed plans")).post("/api/funding/applications/" + application + "/withdraw")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("/problems/database-busy"))
                    .header("Retry-After", "2").body("retryAfterSeconds", equalTo(2));
            other.rollback();
        }
        as(owner).get("/api/funding/applications/" + application).then().body("status", equalTo("SUBMITTED"));
        as(owner).body(Map.of("reason", "changed plans")).post("/api/funding/applications/" + application + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }
}
