package org.jointfunding.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.notification.notices.Kind;

import java.time.Clock;
import java.util.UUID;

/** Queues an e-mail in the caller's transaction; {@link MailSender} sends it. */
@ApplicationScoped
public class MailQueue {

    private final Clock clock;

    public MailQueue(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID notificationId, String recipientId, String address, Kind kind, String params, String link) {
        EmailDelivery delivery = new EmailDelivery();
        delivery.id = UUID.randomUUID();
        delivery.notificationId = notificationId;
        delivery.recipientId = recipientId;
        delivery.address = address;
        delivery.kind = kind;
        delivery.params = params;
        delivery.link = link;
        delivery.status = EmailDelivery.Status.PENDING;
        delivery.createdAt = clock.instant();
        delivery.nextAttemptAt = delivery.createdAt;
        delivery.persist();
    }
}
