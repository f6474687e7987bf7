package org.jointfunding.identity.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jointfunding.identity.accounts.Account;
import org.jointfunding.identity.common.Backoff;
import org.jointfunding.identity.common.IdentityConfig;
import org.jointfunding.identity.common.Sha256;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Slows password guessing down where it happens instead of locking the owner out: wrong passwords
 * for one email from one client address start delays that double (unknown emails alike, keyed by
 * the email's SHA-256), and an account's own pause applies only to addresses it has never signed in
 * from. A stranger elsewhere can thus delay himself, not the owner at home or at the office.
 * Every method runs inside the caller's transaction.
 */
@ApplicationScoped
public class SignInThrottle {

    private final EntityManager entityManager;
    private final IdentityConfig.SignIn config;
    private final Backoff perAddress;
    private final Backoff unfamiliarAddresses;

    public SignInThrottle(EntityManager entityManager, IdentityConfig config) {
        this.entityManager = entityManager;
        this.config = config.signIn();
        this.perAddress = new Backoff(this.config.freeFailures(), this.config.firstDelay(), this.config.maxDelay());
        this.unfamiliarAddresses = new Backoff(this.config.unfamiliarFreeFailures(), this.config.firstDelay(), this.config.maxDelay());
    }

    /** A 429 (with Retry-After) while a delay runs for this email from this address; the refused attempt is not counted. */
    public void refuseWhileDelayed(String email, String address, Instant now) {
        Instant blockedUntil = (Instant) entityManager.createNativeQuery("""
                        select blocked_until from sign_in_attempt
                        where email_key = :key and address = :address and blocked_until is not null""", Instant.class)
                .setParameter("key", keyOf(email)).setParameter("address", address)
                .getResultStream().findFirst().orElse(null);
        if (blockedUntil != null && blockedUntil.isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, blockedUntil).toSeconds() + 1);
            throw new ApiProblem(new Problem("sign-in-delayed", "Too many requests", 429,
                    "Too many wrong passwords for this email from your network; try again in " + seconds
                            + " s, or ask an administrator for a password reset code", null))
                    .with("retryAfterSeconds", seconds);
        }
    }

    /** Counts a wrong password for this email from this address; returns the delay it starts (zero while free). */
    public Duration failed(String email, String address, Instant now) {
        int failures = ((Number) entityManager.createNativeQuery("""
                        insert into sign_in_attempt (email_key, address, failures, last_failure_at) values (:key, :address, 1, :now)
                        on conflict (email_key, address) do update set
                            failures = case when sign_in_attempt.last_failure_at <= :forgetBefore then 1
                                            else sign_in_attempt.failures + 1 end,
                            last_failure_at = excluded.last_failure_at
                        returning failures""")
                .setParameter("key", keyOf(email)).setParameter("address", address)
                .setParameter("now", Timestamp.from(now)).setParameter("forgetBefore", Timestamp.from(now.minus(config.forgetAfter())))
                .getSingleResult()).intValue();
        Duration delay = perAddress.after(failures);
        if (!delay.isZero()) {
            entityManager.createNativeQuery("update sign_in_attempt set blocked_until = :until where email_key = :key and address = :address")
                    .setParameter("until", Timestamp.from(now.plus(delay)))
                    .setParameter("key", keyOf(email)).setParameter("address", address).executeUpdate();
        }
        return delay;
    }

    /**
     * Counts a wrong password against the whole account when it came from an address the account has
     * not signed in from; returns the pause for such addresses it starts (zero for none).
     */
    public Duration failedForAccount(Account account, String address, Instant now) {
        if (isFamiliar(account.id, address, now)) {
            return Duration.ZERO;
        }
        return account.recordUnfamiliarFailure(now, unfamiliarAddresses, config.forgetAfter());
    }

    /** The account's own pause does not apply where it has signed in before. */
    public boolean isFamiliar(UUID accountId, String address, Instant now) {
        return entityManager.createNativeQuery("""
                        select 1 from familiar_address where account_id = :account and address = :address and last_signed_in_at > :since""")
                .setParameter("account", accountId).setParameter("address", address)
                .setParameter("since", Timestamp.from(now.minus(config.familiarFor())))
                .getResultStream().findAny().isPresent();
    }

    /** True when the account has signed in before, but never from this address (or not for a long time). */
    public boolean isNewPlace(UUID accountId, String address, Instant now) {
        boolean signedInBefore = entityManager.createNativeQuery("select 1 from familiar_address where account_id = :account")
                .setParameter("account", accountId).setMaxResults(1).getResultStream().findAny().isPresent();
        return signedInBefore && !isFamiliar(accountId, address, now);
    }

    /** The address's failures end, and it becomes (or stays) familiar to the account. */
    public void succeeded(Account account, String address, Instant now) {
        forgetFailures(account.email, address);
        entityManager.createNativeQuery("""
                        insert into familiar_address (account_id, address, last_signed_in_at) values (:account, :address, :now)
                        on conflict (account_id, address) do update set last_signed_in_at = excluded.last_signed_in_at""")
                .setParameter("account", account.id).setParameter("address", address).setParameter("now", Timestamp.from(now))
                .executeUpdate();
    }

    /** After a reset with an administrator's code: the person proved who they are, every delay for the email ends. */
    public void forgetFailures(String email) {
        entityManager.createNativeQuery("delete from sign_in_attempt where email_key = :key")
                .setParameter("key", keyOf(email)).executeUpdate();
    }

    /** Deletes failures that no longer count and addresses that are no longer familiar; returns how many rows went. */
    public long forgetExpired(Instant now) {
        int attempts = entityManager.createNativeQuery("delete from sign_in_attempt where last_failure_at <= :before")
                .setParameter("before", Timestamp.from(now.minus(config.forgetAfter()))).executeUpdate();
        int addresses = entityManager.createNativeQuery("delete from familiar_address where last_signed_in_at <= :before")
                .setParameter("before", Timestamp.from(now.minus(config.familiarFor()))).executeUpdate();
        return attempts + addresses;
    }

    private void forgetFailures(String email, String address) {
        entityManager.createNativeQuery("delete from sign_in_attempt where email_key = :key and address = :address")
                .setParameter("key", keyOf(email)).setParameter("address", address).executeUpdate();
    }

    private static String keyOf(String email) {
        return Sha256.hex(Account.normalizeEmail(email));
    }
}
