package org.jointfunding.mentorship.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event id already handled, written in the same transaction as what the event caused. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    public String type;
    @Column(name = "processed_at")
    public Instant processedAt;
    @Column(name = "request_id")
    public UUID requestId;
}
