package org.jointfunding.identity.tokens;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One refresh token of a family (one login and its rotations); only its hash is kept. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    public enum Status { ACTIVE, ROTATED, REVOKED }

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "token_hash", nullable = false)
    String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    /** The {@code User-Agent} of the request that got this token, shortened; null if it sent none. */
    @Column(name = "user_agent")
    String userAgent;

    boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Used once: its successor takes over. Only an ACTIVE token rotates. */
    void rotate() {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("Refresh token " + id + " is " + status);
        }
        status = Status.ROTATED;
    }
}
