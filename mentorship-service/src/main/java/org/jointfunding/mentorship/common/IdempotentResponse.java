package org.jointfunding.mentorship.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** What a create answered for one caller's Idempotency-Key, so a retry gets the same answer. */
@Entity
@Table(name = "idempotent_response")
@IdClass(IdempotentResponse.Key.class)
public class IdempotentResponse extends PanacheEntityBase {

    public record Key(String caller, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String caller;
    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    public String scope;
    @Column(name = "resource_id")
    public UUID resourceId;
    public String body;
    @Column(name = "created_at")
    public Instant createdAt;
}
