package org.jointfunding.identity.keys;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static io.restassured.RestAssured.given;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two identity replicas share one database: a rotation or revocation on one reaches the other at
 * its next key reload (every portal.keys.reload-interval, 2 s), so they sign and verify alike.
 */
@QuarkusTest
class ReplicaKeysTest {

    @Inject
    SigningKeyStore store;

    @Inject
    KeySealer sealer;

    @Inject
    Clock clock;

    @Test
    void aKeyRotatedOnOneReplicaSignsAndVerifiesOnTheOtherAfterItsReload() {
        SigningKeys otherReplica = new SigningKeys(store, sealer, clock);
        String before = otherReplica.signingKey().kid(); // its first load

        given().header("Authorization", adminBearer()).post("/api/identity/admin/keys/rotate").then().statusCode(200);
        String rotated = KeyRotationTest.kid(registered("STARTUP").login());
        assertNotEquals(before, rotated);
        assertEquals(before, otherReplica.signingKey().kid(), "not yet reloaded");

        otherReplica.reloadPeriodically();
        assertEquals(rotated, otherReplica.signingKey().kid());
        assertTrue(otherReplica.verificationKey(rotated).isPresent());
        assertTrue(otherReplica.verificationKey(before).isPresent(), "the previous key still verifies what it signed");
    }

    @Test
    void aKeyRevokedOnOneReplicaIsRefusedByTheOtherAfterItsReload() {
        SigningKeys otherReplica = new SigningKeys(store, sealer, clock);
        otherReplica.signingKey(); // its first load
        Portal.Account startup = registered("STARTUP");
        String compromised = KeyRotationTest.kid(startup.login());
        assertTrue(otherReplica.verificationKey(compromised).isPresent());

        given().header("Authorization", adminBearer()).contentType("application/json").body("{\"reason\":\"leaked\"}")
                .post("/api/identity/admin/keys/" + compromised + "/revoke").then().statusCode(200);
        otherReplica.reloadPeriodically();

        assertTrue(otherReplica.verificationKey(compromised).isEmpty());
        assertNotEquals(compromised, otherReplica.signingKey().kid());
    }
}
