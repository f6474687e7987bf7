package org.jointfunding.identity.login;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An outstanding password reset: one per account, usable once until {@link #expiresAt}. */
@Entity
@Table(name = "password_reset")
class PasswordReset extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "code_hash", nullable = false)
    String codeHash;

    @Column(name = "issued_by", nullable = false)
    String issuedBy;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
