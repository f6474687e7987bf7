package org.jointfunding.notification.mail;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Page;

import java.time.Clock;
import java.util.UUID;

/** What an administrator does with the e-mail queue: list it (dead letters above all) and retry. */
@ApplicationScoped
public class EmailAdmin {

    private final Clock clock;

    public EmailAdmin(Clock clock) {
        this.clock = clock;
    }

    public Page<EmailView> list(EmailDelivery.Status status, int limit, int offset) {
        var found = status == null
                ? EmailDelivery.<EmailDelivery>findAll(Sort.descending("createdAt", "id"))
                : EmailDelivery.<EmailDelivery>find("status", Sort.descending("createdAt", "id"), status);
        return Page.read(found, limit, offset).map(EmailView::of);
    }

    /** Puts a dead-lettered e-mail back in line, with a fresh count of attempts. */
    @Transactional
    public EmailView retry(UUID id) {
        EmailDelivery delivery = EmailDelivery.findById(id);
        if (delivery == null) {
            throw ApiProblem.notFound("e-mail", id);
        }
        if (delivery.status != EmailDelivery.Status.DEAD_LETTERED) {
            throw ApiProblem.illegalTransition("e-mail", delivery.status, "retry");
        }
        delivery.status = EmailDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = clock.instant();
        return EmailView.of(delivery);
    }
}
