package org.jointfunding.identity.keys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An RS256 key pair; the private half only ever stored sealed (see {@link KeySealer}). */
@Entity
@Table(name = "signing_key")
public class SigningKey extends PanacheEntityBase {

    @Id
    public String kid;

    @Column(name = "public_key", nullable = false)
    public byte[] publicKey;

    @Column(name = "private_key_sealed", nullable = false)
    public byte[] privateKeySealed;

    @Column(name = "private_key_iv", nullable = false)
    public byte[] privateKeyIv;

    @Column(name = "private_key_salt", nullable = false)
    public byte[] privateKeySalt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KeyStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    /** Retires this key at once, whatever it was: it neither signs nor verifies from now on. */
    void revoke(Instant now) {
        if (status == KeyStatus.RETIRED) {
            throw new IllegalStateException("Key " + kid + " is already retired");
        }
        status = KeyStatus.RETIRED;
        retiredAt = now;
    }

    /** Moves this key one step down CURRENT → PREVIOUS → RETIRED. */
    void stepDown(Instant now) {
        switch (status) {
            case CURRENT -> status = KeyStatus.PREVIOUS;
            case PREVIOUS -> {
                status = KeyStatus.RETIRED;
                retiredAt = now;
            }
            case RETIRED -> throw new IllegalStateException("Key " + kid + " is already retired");
        }
    }
}
