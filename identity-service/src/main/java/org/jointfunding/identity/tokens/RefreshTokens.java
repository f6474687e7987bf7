package org.jointfunding.identity.tokens;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.jointfunding.identity.accounts.AccountDisabled;
import org.jointfunding.identity.common.IdentityConfig;
import org.jointfunding.identity.common.Sha256;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens: 256 random bits handed out once, stored as a SHA-256 hash (a slow hash adds
 * nothing against guessing 256 bits). All methods run in the caller's transaction.
 */
@ApplicationScoped
public class RefreshTokens {

    private final IdentityConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RefreshTokens(IdentityConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** A new token in {@code familyId}, for the client named by {@code userAgent}; returns the raw value, which is never stored. */
    public String issue(UUID accountId, UUID familyId, String userAgent) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RefreshToken token = new RefreshToken();
        token.id = UUID.randomUUID();
        token.familyId = familyId;
        token.accountId = accountId;
        token.tokenHash = Sha256.hex(raw);
        token.status = RefreshToken.Status.ACTIVE;
        token.issuedAt = clock.instant();
        token.expiresAt = token.issuedAt.plus(config.refreshTokenTtl());
        token.userAgent = shortened(userAgent);
        token.persist();
        return raw;
    }

    /** The stored token for a raw value, row-locked so two refreshes of one token serialise. */
    Optional<RefreshToken> findForUpdate(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return RefreshToken.find("tokenHash", Sha256.hex(raw)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<RefreshToken> find(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : RefreshToken.find("tokenHash", Sha256.hex(raw)).firstResultOptional();
    }

    /** A session: one refresh-token family with a usable token, as of its latest token. */
    public record ActiveSession(UUID id, Instant lastActiveAt, Instant expiresAt, String userAgent) {
    }

    /** The account's sessions that can still refresh, most recently active first. */
    public List<ActiveSession> activeSessionsOf(UUID accountId) {
        return RefreshToken.<RefreshToken>find("accountId = ?1 and status = ?2 and expiresAt > ?3",
                        Sort.descending("issuedAt").and("id"), accountId, RefreshToken.Status.ACTIVE, clock.instant())
                .list().stream()
                .map(t -> new ActiveSession(t.familyId, t.issuedAt, t.expiresAt, t.userAgent)).toList();
    }

    /** Revokes every still-usable token of the family; returns how many. */
    public int revokeFamily(UUID familyId) {
        return RefreshToken.update("status = :revoked where familyId = :family and status = :active",
                Parameters.with("revoked", RefreshToken.Status.REVOKED).and("family", familyId)
                        .and("active", RefreshToken.Status.ACTIVE));
    }

    private static String shortened(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String stripped = userAgent.strip();
        return stripped.length() <= 200 ? stripped : stripped.substring(0, 200);
    }

    /** Deletes the tokens past their expiry, which nothing accepts any more; returns how many. */
    public long forgetExpired() {
        return RefreshToken.delete("expiresAt <= ?1", clock.instant());
    }

    void onDisabled(@Observes AccountDisabled disabled) {
        revokeAllOf(disabled.accountId());
    }

    public void revokeAllOf(UUID accountId) {
        RefreshToken.update("status = :revoked where accountId = :account and status = :active",
                Parameters.with("revoked", RefreshToken.Status.REVOKED).and("account", accountId)
                        .and("active", RefreshToken.Status.ACTIVE));
    }
}
