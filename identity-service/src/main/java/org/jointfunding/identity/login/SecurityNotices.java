package org.jointfunding.identity.login;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.identity.accounts.Account;
import org.jointfunding.identity.tokens.TokenGrants;
import org.jointfunding.kit.outbox.Outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What a person should hear about their own account, written to the outbox in the transaction that
 * did it (notification-service tells them, in the feed and by e-mail): a sign-in from a network the
 * account has not signed in from before, and a password-reset code an administrator issued. Never
 * the code itself: the administrator hands that over.
 */
@ApplicationScoped
public class SecurityNotices {

    /** Data of {@code SignInFromNewAddress}. */
    public record NewSignIn(UUID accountId, String address, String userAgent, Instant at) {
    }

    /** Data of {@code PasswordResetIssued}. */
    public record ResetIssued(UUID accountId, Instant expiresAt) {
    }

    private final Outbox outbox;
    private final TokenGrants grants;

    public SecurityNotices(Outbox outbox, TokenGrants grants) {
        this.outbox = outbox;
        this.grants = grants;
    }

    void newSignIn(Account account, String address, Instant at) {
        String agent = grants.userAgent();
        outbox.append("SignInFromNewAddress", account.id, new NewSignIn(account.id, address,
                agent == null || agent.length() <= 200 ? agent : agent.substring(0, 200), at.truncatedTo(ChronoUnit.SECONDS)));
    }

    void resetIssued(Account account, Instant expiresAt) {
        outbox.append("PasswordResetIssued", account.id, new ResetIssued(account.id, expiresAt));
    }
}
