package org.jointfunding.kit.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one receiver, written in the business transaction; the relay delivers it later,
 * in seq order per aggregate and receiver. PENDING until a 2xx (DELIVERED), or until the receiver
 * refuses it for good or it has failed too often (DEAD_LETTERED, for an administrator to inspect
 * and retry).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, DEAD_LETTERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    /** The event's id, the same for every receiver: receivers deduplicate on it. */
    public UUID id;

    /** The receiver's name in {@code portal.outbox.destinations}. */
    public String destination;

    @Column(name = "aggregate_id")
    public String aggregateId;

    public String type;

    /** The exact JSON body POSTed to the receiver. */
    public String payload;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The W3C traceparent of the request that caused the event, when it was traced; the delivery continues it. */
    @Column(name = "trace_parent")
    public String traceParent;
}
