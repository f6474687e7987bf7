package org.jointfunding.identity.login;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jointfunding.identity.accounts.Account;
import org.jointfunding.identity.accounts.AccountStatus;
import org.jointfunding.identity.accounts.PasswordPolicy;
import org.jointfunding.identity.audit.AuditTrail;
import org.jointfunding.identity.audit.AuditType;
import org.jointfunding.identity.common.SecretHasher;
import org.jointfunding.identity.tokens.RefreshTokens;
import org.jointfunding.identity.tokens.TokenGrants;
import org.jointfunding.identity.tokens.TokenResponse;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Password login, slowed down against guessing by the {@link SignInThrottle}, and logout. Every
 * rejection looks the same (one 401, one Argon2 verification even for an unknown email), so the
 * answer reveals neither whether the email exists nor whether the account is paused or disabled;
 * the audit trail records which it was. A delay for the email and address is a 429 either way.
 */
@ApplicationScoped
public class LoginService {

    private final SecretHasher hasher;
    private final TokenGrants grants;
    private final RefreshTokens refreshTokens;
    private final PasswordResets resets;
    private final SignInThrottle throttle;
    private final SecurityNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    public LoginService(SecretHasher hasher, TokenGrants grants, RefreshTokens refreshTokens, PasswordResets resets,
                        SignInThrottle throttle, SecurityNotices notices, AuditTrail audit, Clock clock) {
        this.hasher = hasher;
        this.grants = grants;
        this.refreshTokens = refreshTokens;
        this.resets = resets;
        this.throttle = throttle;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Three steps, so that Argon2 never runs inside a transaction (where it would hold a pooled
     * connection, and the account's row lock, for its whole cost): read the stored hash, verify it
     * with no connection held, then record the outcome under the row lock. Failed attempts and
     * the delays they start commit although the request fails. {@code address} is the client's (see
     * {@link LoginResource}).
     */
    public TokenResponse login(LoginRequest request, String address) {
        String email = Account.normalizeEmail(request.email());
        String storedHash = QuarkusTransaction.requiringNew().call(() -> {
            throttle.refuseWhileDelayed(email, address, clock.instant()); // before any Argon2 work
            return Account.<Account>find("email", email).firstResultOptional().map(Account::passwordHash).orElse(null);
        });
        boolean passwordMatches = hasher.matches(request.password(), storedHash);
        TokenResponse tokens = QuarkusTransaction.requiringNew().call(() -> settle(email, address, storedHash, passwordMatches));
        if (tokens == null) {
            throw rejected();
        }
        return tokens;
    }

    /** A session if the login succeeded; null (the attempt recorded) if it did not. */
    private TokenResponse settle(String email, String address, String checkedHash, boolean passwordMatches) {
        Instant now = clock.instant();
        Account account = Account.<Account>find("email", email).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (account == null) {
            Duration delay = throttle.failed(email, address, now);
            audit.event(AuditType.LOGIN_FAILED).detail("unknown email " + email + fromAddress(address, delay)).write();
            return null;
        }
        // the password changed between the check and now: what was checked is no longer the password
        boolean matches = passwordMatches && account.passwordHash().equals(checkedHash);
        AccountStatus status = mayUse(account, address, now);
        if (status != AccountStatus.ACTIVE) {
            Duration delay = matches ? Duration.ZERO : throttle.failed(email, address, now);
            audit.event(AuditType.LOGIN_REJECTED).actor(account.id.toString()).target(account.id)
                    .detail("account is " + status + (matches ? "" : ", wrong password") + fromAddress(address, delay)).write();
            return null;
        }
        if (!matches) {
            wrongPassword(account, address, now, "wrong password");
            return null;
        }
        if (throttle.isNewPlace(account.id, address, now)) {
            notices.newSignIn(account, address, now);
        }
        throttle.succeeded(account, address, now);
        audit.event(AuditType.LOGIN_SUCCEEDED).actor(account.id.toString()).target(account.id).detail("from " + address).write();
        return grants.startSession(account);
    }

    /** ACTIVE if the account may sign in from this address: a pause (LOCKED) does not apply where it has signed in before. */
    private AccountStatus mayUse(Account account, String address, Instant now) {
        AccountStatus status = account.status(now);
        return status == AccountStatus.LOCKED && throttle.isFamiliar(account.id, address, now) ? AccountStatus.ACTIVE : status;
    }

    /**
     * The caller's new password: the current one must be given (a wrong one counts like a failed
     * login from the caller's address), every session of the account ends, an outstanding reset code stops working,
     * and a new session starts.
     */
    public TokenResponse changePassword(String subject, PasswordChange change, String address) {
        // as for a login: the Argon2 work (checking the current password, hashing the new one) runs
        // between two short transactions, never inside one
        Account read = QuarkusTransaction.requiringNew().call(() -> {
            Account account = accountOf(subject, LockModeType.NONE);
            throttle.refuseWhileDelayed(account.email, address, clock.instant());
            return account;
        });
        String storedHash = read.passwordHash();
        boolean matches = hasher.matches(change.currentPassword(), storedHash);
        String newHash = null;
        if (matches) {
            List<Problem.FieldError> errors = new ArrayList<>(PasswordPolicy.check("newPassword", change.newPassword(), read.email));
            if (change.newPassword().equals(change.currentPassword())) {
                errors.add(new Problem.FieldError("newPassword", "must differ from the current password"));
            }
            if (!errors.isEmpty()) {
                throw ApiProblem.invalid(errors);
            }
            newHash = hasher.hash(change.newPassword());
        }
        String replacement = newHash;
        PasswordChangeOutcome outcome = QuarkusTransaction.requiringNew()
                .call(() -> settleChange(subject, address, storedHash, matches, replacement));
        return switch (outcome.refusal()) {
            case NONE -> outcome.session();
            case INACTIVE -> throw new ApiProblem(new Problem("forbidden", "Forbidden", 403, "The account is " + outcome.status(), null));
            case WRONG_PASSWORD -> throw new ApiProblem(new Problem("wrong-password", "Forbidden", 403, "The current password is wrong", null));
        };
    }

    private enum Refusal { NONE, INACTIVE, WRONG_PASSWORD }

    private record PasswordChangeOutcome(Refusal refusal, AccountStatus status, TokenResponse session) {
    }

    /** Under the account's lock; a wrong password is counted (and committed) like a failed login. */
    private PasswordChangeOutcome settleChange(String subject, String address, String checkedHash, boolean matches, String newHash) {
        Instant now = clock.instant();
        Account account = accountOf(subject, LockModeType.PESSIMISTIC_WRITE);
        AccountStatus status = mayUse(account, address, now);
        if (status != AccountStatus.ACTIVE) {
            return new PasswordChangeOutcome(Refusal.INACTIVE, status, null);
        }
        if (!matches || !account.passwordHash().equals(checkedHash)) {
            wrongPassword(account, address, now, "wrong current password on a password change");
            return new PasswordChangeOutcome(Refusal.WRONG_PASSWORD, status, null);
        }
        account.changePassword(newHash);
        refreshTokens.revokeAllOf(account.id);
        resets.discard(account.id);
        audit.event(AuditType.PASSWORD_CHANGED).actor(account.id.toString()).target(account.id)
                .detail("every session ended").write();
        return new PasswordChangeOutcome(Refusal.NONE, status, grants.startSession(account));
    }

    /** Revokes the session (refresh token family) the token belongs to; unknown tokens are ignored. */
    @Transactional
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw ApiProblem.invalidField("refresh_token", "must not be blank");
        }
        refreshTokens.find(refreshToken).ifPresent(token -> {
            refreshTokens.revokeFamily(token.familyId);
            audit.event(AuditType.LOGGED_OUT).actor(token.accountId.toString()).target(token.accountId).write();
        });
    }

    private void wrongPassword(Account account, String address, Instant now, String detail) {
        Duration delay = throttle.failed(account.email, address, now);
        AccountStatus before = account.status(now);
        Duration pause = throttle.failedForAccount(account, address, now);
        audit.event(AuditType.LOGIN_FAILED).actor(account.id.toString()).target(account.id)
                .detail(detail + fromAddress(address, delay)).write();
        if (!pause.isZero()) {
            audit.event(AuditType.ACCOUNT_LOCKED).actor(AuditTrail.SYSTEM).target(account.id)
                    .transition(before, AccountStatus.LOCKED)
                    .detail("wrong passwords from addresses it never signed in from; sign-in from such addresses paused for "
                            + pause + ", where it has signed in before it goes on").write();
        }
    }

    private static String fromAddress(String address, Duration delay) {
        return " from " + address + (delay.isZero() ? "" : "; next attempt from there in " + delay);
    }

    /** The account behind an access token's subject; an API client's ({@code client:...}) has none. */
    private static Account accountOf(String subject, LockModeType lock) {
        return Account.idOfSubject(subject).map(id -> Account.<Account>findById(id, lock))
                .orElseThrow(() -> ApiProblem.notFound("account for subject", subject));
    }

    private static ApiProblem rejected() {
        return new ApiProblem(new Problem("invalid-credentials", "Unauthorized", 401,
                "Wrong email or password, or the account cannot sign in at the moment", null));
    }
}
