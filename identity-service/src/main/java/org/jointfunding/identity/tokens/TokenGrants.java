package org.jointfunding.identity.tokens;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import org.jointfunding.identity.accounts.Account;
import org.jointfunding.identity.audit.AuditTrail;
import org.jointfunding.identity.audit.AuditType;
import org.jointfunding.identity.clients.ApiClient;
import org.jointfunding.identity.clients.ApiClientService;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * What the token endpoint grants. Refresh tokens rotate: each is good once, and presenting one that
 * was already used means it leaked, so the whole family is revoked (the revocation commits even
 * though the request fails).
 */
@ApplicationScoped
public class TokenGrants {

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final ApiClientService clients;
    private final AuditTrail audit;
    private final Clock clock;
    private final HttpHeaders headers;

    public TokenGrants(AccessTokens accessTokens, RefreshTokens refreshTokens, ApiClientService clients,
                       AuditTrail audit, Clock clock, HttpHeaders headers) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
        this.headers = headers;
    }

    /**
     * Access token plus the first refresh token of a new family: a session (a login). The access token's
     * {@code sid} names the family, so the session list can mark the caller's own. Runs in the caller's transaction.
     */
    public TokenResponse startSession(Account account) {
        UUID session = UUID.randomUUID();
        String refresh = refreshTokens.issue(account.id, session, userAgent());
        return TokenResponse.bearer(accessTokens.issue(AccessTokens.Holder.of(account), session), accessTokens.lifetimeSeconds(), refresh);
    }

    @Transactional(dontRollbackOn = OAuthError.class)
    public TokenResponse refresh(String raw) {
        if (raw == null || raw.isBlank()) {
            throw OAuthError.invalidRequest("refresh_token is required");
        }
        RefreshToken presented = refreshTokens.findForUpdate(raw)
                .orElseThrow(() -> OAuthError.invalidGrant("The refresh token is unknown, expired or revoked"));
        if (presented.status == RefreshToken.Status.ROTATED) {
            int revoked = refreshTokens.revokeFamily(presented.familyId);
            audit.event(AuditType.REFRESH_TOKEN_REUSED).actor(presented.accountId.toString()).target(presented.accountId)
                    .detail("family " + presented.familyId + " revoked (" + revoked + " active token(s))").write();
            throw OAuthError.invalidGrant("The refresh token was already used; its session has been revoked, log in again");
        }
        if (presented.status == RefreshToken.Status.REVOKED || presented.isExpired(clock.instant())) {
            throw OAuthError.invalidGrant("The refresh token is unknown, expired or revoked");
        }
        Account account = Account.findById(presented.accountId);
        if (account == null || account.isDisabled()) {
            refreshTokens.revokeFamily(presented.familyId);
            throw OAuthError.invalidGrant("The account cannot sign in");
        }
        presented.rotate();
        String next = refreshTokens.issue(account.id, presented.familyId, userAgent());
        audit.event(AuditType.TOKEN_REFRESHED).actor(account.id.toString()).target(account.id).write();
        return TokenResponse.bearer(accessTokens.issue(AccessTokens.Holder.of(account), presented.familyId), accessTokens.lifetimeSeconds(), next);
    }

    @Transactional(dontRollbackOn = OAuthError.class)
    public TokenResponse clientCredentials(String clientId, String clientSecret) {
        if (clientId == null || clientId.isBlank() || clientSecret == null) {
            throw OAuthError.invalidClient("Client authentication failed");
        }
        Optional<ApiClient> client = clients.authenticate(clientId, clientSecret);
        if (client.isEmpty()) {
            audit.event(AuditType.CLIENT_AUTHENTICATION_FAILED).actor("client:" + clientId).target(clientId).write();
            throw OAuthError.invalidClient("Client authentication failed");
        }
        audit.event(AuditType.CLIENT_TOKEN_ISSUED).actor("client:" + clientId).target(clientId).write();
        return TokenResponse.bearer(accessTokens.issue(AccessTokens.Holder.of(client.get()), null), accessTokens.lifetimeSeconds(), null);
    }

    /** The calling client's {@code User-Agent}, kept with the session so its owner can recognise it. */
    public String userAgent() {
        return Arc.container().requestContext().isActive() ? headers.getHeaderString(HttpHeaders.USER_AGENT) : null;
    }
}
