package org.jointfunding.identity.login;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import org.jointfunding.identity.accounts.Account;
import org.jointfunding.kit.outbox.Outbox;

import java.time.Instant;
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
    private final HttpHeaders headers;

    public SecurityNotices(Outbox outbox, HttpHeaders headers) {
        this.outbox = outbox;
        this.headers = headers;
    }

    void newSignIn(Account account, String address, Instant at) {
        outbox.append("SignInFromNewAddress", account.id, new NewSignIn(account.id, address, userAgent(), at));
    }

    void resetIssued(Account account, Instant expiresAt) {
        outbox.append("PasswordResetIssued", account.id, new ResetIssued(account.id, expiresAt));
    }

    private String userAgent() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        String agent = headers.getHeaderString(HttpHeaders.USER_AGENT);
        return agent == null || agent.length() <= 200 ? agent : agent.substring(0, 200);
    }
}
