package org.jointfunding.notification.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jointfunding.notification.notices.Kind;

import java.time.Instant;
import java.util.UUID;

/** One notice in one person's feed; unread until they read it. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_id")
    public String recipientId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** JSON object of the message's parameters. */
    public String params;

    /** A path of the web client that opens what the notice is about. */
    public String link;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
