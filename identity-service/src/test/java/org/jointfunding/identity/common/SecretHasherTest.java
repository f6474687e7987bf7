package org.jointfunding.identity.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SecretHasherTest {

    /**
     * Written by identity before it used libargon2 (password4j 1.8.4's {@code Password.hash(...)
     * .addRandomSalt(16).with(Argon2Function.getInstance(m, t, p, 32, Argon2.ID))}): production's
     * cost, the %test profile's, and another one, also with a password beyond ASCII. Accounts and API
     * clients in existing databases hold such hashes.
     */
    static final String PASSWORD = "correct horse battery staple";
    static final String PASSWORD4J_PRODUCTION =
            "$argon2id$v=19$m=19456,t=2,p=1$73W8QSqb3wWOnAfPpkXDxg$RpvoGl0OA5sIRqsbRAE0lkS/z6H70x0BVclNkPD+jBg";
    static final String PASSWORD4J_OTHER_COST =
            "$argon2id$v=19$m=4096,t=3,p=2$Ly9hOVqkH3iF0DyutduwOA$xCI6Ci3K8pMyqqCXd/QwasKYZuf3eyCRwqV4VRyMybY";
    static final String UNICODE_PASSWORD = "pässwörd ٱلسلام 密码";
    static final String PASSWORD4J_UNICODE_TEST_COST =
            "$argon2id$v=19$m=1024,t=1,p=1$Wn3DosIrW7EEOa1gVD0fPA$r5asdynvjo+xkTrPMSSxRyJV9eJO+xcxjbsQP0HLJv4";
    static final String PASSWORD4J_UNICODE_PRODUCTION =
            "$argon2id$v=19$m=19456,t=2,p=1$4Mjj228ugAKJ+0KD/mYeaA$isPuz2YvhLG/DpPcd/0OF61vGqn0sa0DQzylPWUSe5Y";

    @Inject
    SecretHasher hasher;

    @Test
    void hashesWrittenByPassword4jStillMatchTheirPasswordOnly() {
        assertTrue(hasher.matches(PASSWORD, PASSWORD4J_PRODUCTION));
        assertTrue(hasher.matches(PASSWORD, PASSWORD4J_OTHER_COST));
        assertTrue(hasher.matches(UNICODE_PASSWORD, PASSWORD4J_UNICODE_TEST_COST));
        assertTrue(hasher.matches(UNICODE_PASSWORD, PASSWORD4J_UNICODE_PRODUCTION));

        assertFalse(hasher.matches(PASSWORD + " ", PASSWORD4J_PRODUCTION));
        assertFalse(hasher.matches("Correct horse battery staple", PASSWORD4J_OTHER_COST));
        assertFalse(hasher.matches(PASSWORD, PASSWORD4J_UNICODE_TEST_COST));
        assertFalse(hasher.matches("passwörd ٱلسلام 密码", PASSWORD4J_UNICODE_PRODUCTION));
        assertFalse(hasher.matches(null, PASSWORD4J_PRODUCTION));
    }

    @Test
    void aNewHashIsAnArgon2idPhcStringWithTheConfiguredCostAndAFreshSalt() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);
        // %test: portal.argon2.memory-kib=1024, iterations=1; a 16-byte salt and a 32-byte hash, unpadded
        String format = "\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}";
        assertTrue(first.matches(format), first);
        assertTrue(second.matches(format), second);
        assertNotEquals(first, second);
        assertTrue(hasher.matches(PASSWORD, first));
        assertTrue(hasher.matches(PASSWORD, second));
        assertFalse(hasher.matches(PASSWORD.toUpperCase(), first));
        assertTrue(hasher.matches(UNICODE_PASSWORD, hasher.hash(UNICODE_PASSWORD)));
    }

    @Test
    void noStoredHashOrOneThatIsNotArgon2idMatchesNothing() {
        assertFalse(hasher.matches(PASSWORD, null), "an unknown account is checked against the decoy");
        assertFalse(hasher.matches("", null));
        assertFalse(hasher.matches(PASSWORD, "not a hash"));
        assertFalse(hasher.matches(PASSWORD, ""));
        // the same hash as Argon2i (the library checks the type the string names against Argon2id's)
        assertFalse(hasher.matches(PASSWORD, PASSWORD4J_PRODUCTION.replace("$argon2id$", "$argon2i$")));
        assertFalse(hasher.matches(PASSWORD, PASSWORD4J_PRODUCTION.replace("m=19456", "m=19457")));
    }
}
