package org.jointfunding.identity.accounts;

import org.jointfunding.identity.common.Role;
import org.jointfunding.kit.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private static Account account() {
        return Account.create("Someone@Example.TEST", " Someone ", "MY", "hash", Set.of(Role.STARTUP), null, NOW);
    }

    @Test
    void theNthFailureLocksUntilTheDurationHasPassed() {
        Account account = account();
        assertEquals("someone@example.test", account.email);
        assertFalse(account.recordFailedLogin(NOW, 3, LOCK));
        assertFalse(account.recordFailedLogin(NOW, 3, LOCK));
        assertTrue(account.recordFailedLogin(NOW, 3, LOCK));
        assertEquals(AccountStatus.LOCKED, account.status(NOW));
        assertEquals(AccountStatus.LOCKED, account.status(NOW.plus(LOCK).minusMillis(1)));
        assertEquals(AccountStatus.ACTIVE, account.status(NOW.plus(LOCK)));
        // after the lock the count starts again
        assertFalse(account.recordFailedLogin(NOW.plus(LOCK), 3, LOCK));
    }

    @Test
    void disableEnableAndUnlockAreGuardedTransitions() {
        Account account = account();
        assertThrows(ApiProblem.class, () -> account.enable(NOW));
        assertThrows(ApiProblem.class, () -> account.unlock(NOW));
        account.disable(NOW);
        assertEquals(AccountStatus.DISABLED, account.status(NOW));
        assertFalse(account.mayLogIn(NOW));
        ApiProblem again = assertThrows(ApiProblem.class, () -> account.disable(NOW));
        assertEquals(409, again.problem().status);
        account.enable(NOW);
        assertTrue(account.mayLogIn(NOW));
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(NOW, 3, LOCK);
        }
        account.unlock(NOW);
        assertTrue(account.mayLogIn(NOW));
    }
}
