package org.jointfunding.identity.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jointfunding.identity.accounts.Account;
import org.jointfunding.identity.accounts.AccountStatus;
import org.jointfunding.identity.accounts.PasswordPolicy;
import org.jointfunding.identity.audit.AuditTrail;
import org.jointfunding.identity.audit.AuditType;
import org.jointfunding.identity.common.IdentityConfig;
import org.jointfunding.identity.common.SecretHasher;
import org.jointfunding.identity.tokens.RefreshTokens;
import org.jointfunding.identity.tokens.TokenGrants;
import org.jointfunding.identity.tokens.TokenResponse;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Forgotten passwords, without e-mail: an ADMIN issues a one-time reset code for an account and
 * hands it over by a channel they trust; the person sets a new password with it. Issuing again
 * replaces the earlier code; using it, or changing the password while signed in, voids it. A reset
 * ends every session, sign-in delays and a pause, and starts a new session.
 */
@ApplicationScoped
public class PasswordResets {

    private final SecretHasher hasher;
    private final TokenGrants grants;
    private final RefreshTokens refreshTokens;
    private final SignInThrottle throttle;
    private final SecurityNotices notices;
    private final AuditTrail audit;
    private final IdentityConfig config;
    private final Clock clock;

    public PasswordResets(SecretHasher hasher, TokenGrants grants, RefreshTokens refreshTokens, SignInThrottle throttle,
                          SecurityNotices notices, AuditTrail audit, IdentityConfig config, Clock clock) {
        this.hasher = hasher;
        this.grants = grants;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.notices = notices;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public ResetCodeIssued issue(UUID accountId, String reason, String admin) {
        Account account = Account.<Account>findByIdOptional(accountId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("account", accountId));
        if (account.isDisabled()) {
            throw ApiProblem.conflict("account-disabled", "The account is disabled; enable it before resetting its password");
        }
        PasswordReset.deleteById(accountId);
        PasswordReset.flush(); // the replaced code's row goes before the new one is inserted
        String code = ResetCodes.newCode();
        PasswordReset reset = new PasswordReset();
        reset.accountId = accountId;
        reset.codeHash = ResetCodes.hash(code);
        reset.issuedBy = admin;
        reset.issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        reset.expiresAt = reset.issuedAt.plus(config.passwordResetTtl());
        reset.persist();
        audit.event(AuditType.PASSWORD_RESET_ISSUED).actor(admin).target(accountId)
                .detail(withReason("valid until " + reset.expiresAt, reason)).write();
        notices.resetIssued(account, reset.expiresAt);
        return new ResetCodeIssued(accountId, account.email, code, reset.expiresAt);
    }

    @Transactional
    public void cancel(UUID accountId, String reason, String admin) {
        if (!PasswordReset.deleteById(accountId)) {
            throw ApiProblem.notFound("password reset for account", accountId);
        }
        audit.event(AuditType.PASSWORD_RESET_CANCELLED).actor(admin).target(accountId).detail(withReason(null, reason)).write();
    }

    /** Deletes the reset codes past their expiry; returns how many. Runs in the caller's transaction. */
    public long forgetExpired() {
        return PasswordReset.delete("expiresAt <= ?1", clock.instant());
    }

    /** A signed-in password change makes an outstanding reset pointless: it would only be a second way in. */
    void discard(UUID accountId) {
        PasswordReset.deleteById(accountId);
    }

    /**
     * Sets the new password if the code is the account's outstanding one. A wrong, used or expired code,
     * an unknown email and a disabled account all get the same answer; the audit trail says which.
     */
    @Transactional(dontRollbackOn = ApiProblem.class)
    public TokenResponse reset(PasswordResetRequest request) {
        Instant now = clock.instant();
        Account account = Account.<Account>find("email", Account.normalizeEmail(request.email()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        PasswordReset reset = account == null ? null : PasswordReset.findById(account.id, LockModeType.PESSIMISTIC_WRITE);
        String refusal = account == null ? "unknown email"
                : reset == null ? "no outstanding reset"
                : !reset.codeHash.equals(ResetCodes.hash(request.resetCode())) ? "wrong code"
                : reset.expiredAt(now) ? "code expired at " + reset.expiresAt
                : account.isDisabled() ? "account is " + AccountStatus.DISABLED
                : null;
        if (refusal != null) {
            if (account != null) {
                audit.event(AuditType.PASSWORD_RESET_FAILED).actor(account.id.toString()).target(account.id).detail(refusal).write();
            }
            throw new ApiProblem(new Problem("invalid-reset-code", "Bad request", 400,
                    "The email and reset code do not match an outstanding password reset (codes work once and expire); "
                            + "ask an administrator for a new one", null));
        }
        List<Problem.FieldError> weak = PasswordPolicy.check("newPassword", request.newPassword(), account.email);
        if (!weak.isEmpty()) {
            throw ApiProblem.invalid(weak); // the code stays usable for a better password
        }
        AccountStatus from = account.status(now);
        reset.delete();
        account.resetPassword(hasher.hash(request.newPassword()));
        throttle.forgetFailures(account.email);
        refreshTokens.revokeAllOf(account.id);
        var entry = audit.event(AuditType.PASSWORD_RESET).actor(account.id.toString()).target(account.id);
        if (from == AccountStatus.LOCKED) {
            entry.transition(from, AccountStatus.ACTIVE);
        }
        entry.detail("code issued by " + reset.issuedBy + " at " + reset.issuedAt + "; every session ended").write();
        return grants.startSession(account);
    }

    private static String withReason(String detail, String reason) {
        if (reason == null || reason.isBlank()) {
            return detail;
        }
        return detail == null ? reason.strip() : detail + "; " + reason.strip();
    }
}
