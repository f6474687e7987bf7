package org.jointfunding.identity.accounts;

import org.jointfunding.identity.common.Backoff;
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
    private static final Backoff BACKOFF = new Backoff(2, Duration.ofSeconds(2), Duration.ofMinutes(15));
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private static Account account() {
        return Account.create("Someone@Example.TEST", " Someone ", "MY", "hash", Set.of(Role.STARTUP), null, NOW);
    }

    @Test
    void failuresPastTheFreeOnesPauseTheAccountForLongerAndLonger() {
        Account account = account();
        assertEquals("someone@example.test", account.email);
        assertEquals(Duration.ZERO, account.recordUnfamiliarFailure(NOW, BACKOFF, FORGET_AFTER));
        assertEquals(Duration.ZERO, account.recordUnfamiliarFailure(NOW, BACKOFF, FORGET_AFTER));
        assertEquals(AccountStatus.ACTIVE, account.status(NOW));
        assertEquals(Duration.ofSeconds(2), account.recordUnfamiliarFailure(NOW, BACKOFF, FORGET_AFTER));
        assertEquals(AccountStatus.LOCKED, account.status(NOW.plusSeconds(1)));
        assertEquals(AccountStatus.ACTIVE, account.status(NOW.plusSeconds(2)));
        assertEquals(Duration.ofSeconds(4), account.recordUnfamiliarFailure(NOW.plusSeconds(2), BACKOFF, FORGET_AFTER));
        assertEquals(AccountStatus.LOCKED, account.status(NOW.plusSeconds(5)));
    }

    @Test
    void failuresOlderThanADayNoLongerCount() {
        Account account = account();
        for (int i = 0; i < 3; i++) {
            account.recordUnfamiliarFailure(NOW, BACKOFF, FORGET_AFTER);
        }
        Instant later = NOW.plus(FORGET_AFTER);
        assertEquals(Duration.ZERO, account.recordUnfamiliarFailure(later, BACKOFF, FORGET_AFTER));
        assertEquals(AccountStatus.ACTIVE, account.status(later));
    }

    @Test
    void aResetEndsThePauseAndTheCount() {
        Account account = account();
        for (int i = 0; i < 3; i++) {
            account.recordUnfamiliarFailure(NOW, BACKOFF, FORGET_AFTER);
        }
        account.resetPassword("new hash");
        assertEquals(AccountStatus.ACTIVE, account.status(NOW));
        assertEquals(Duration.ZERO, account.recordUnfamiliarFailure(NOW, BACKOFF, FORGET_AFTER));
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
            account.recordUnfamiliarFailure(NOW, BACKOFF, FORGET_AFTER);
        }
        account.unlock(NOW);
        assertTrue(account.mayLogIn(NOW));
        assertEquals(Duration.ZERO, account.recordUnfamiliarFailure(NOW, BACKOFF, FORGET_AFTER), "the count starts again");
    }
}
