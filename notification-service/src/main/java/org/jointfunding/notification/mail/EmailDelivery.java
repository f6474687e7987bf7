package org.jointfunding.notification.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jointfunding.notification.notices.Kind;

import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail to send: PENDING until the SMTP server takes it (SENT), retried with backoff, and
 * DEAD_LETTERED after too many failures or when it can never be sent (no address), for an
 * administrator to inspect and retry.
 */
@Entity
@Table(name = "email_delivery")
public class EmailDelivery extends PanacheEntityBase {

    public enum Status { PENDING, SENT, DEAD_LETTERED }

    @Id
    public UUID id;

    @Column(name = "notification_id")
    public UUID notificationId;

    /** The account to write to (its address and language are looked up when sending)... */
    @Column(name = "recipient_id")
    public String recipientId;

    /** ...or a bare address (an invitation to someone without an account yet), written to in English. */
    public String address;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String params;

    public String link;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Version
    public long version;
}
