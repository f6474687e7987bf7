package org.jointfunding.identity.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The object a create made for one (caller, operation, Idempotency-Key). */
@Entity
@Table(name = "idempotent_create")
public class IdempotentCreate extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(String caller, String operation, @Column(name = "idem_key") String idemKey) implements Serializable {
    }
}
