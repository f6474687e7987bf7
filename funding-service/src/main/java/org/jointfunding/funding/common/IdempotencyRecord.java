package org.jointfunding.funding.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The first response to a create carrying an Idempotency-Key, replayed to retries. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Embeddable
    public record Id(String caller, String key) implements Serializable {
    }

    @EmbeddedId
    public Id id;

    @Column(name = "request_hash")
    public String requestHash;

    public int status;

    public String location;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;
}
