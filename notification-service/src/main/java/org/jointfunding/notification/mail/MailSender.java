package org.jointfunding.notification.mail;

import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.RunningJobs;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointfunding.notification.notices.NoticeMessages;
import org.jointfunding.notification.notices.NoticeParams;
import org.jointfunding.notification.notices.NoticeTexts;
import org.jointfunding.notification.preferences.Preference;
import org.jointfunding.notification.recipients.Recipients;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends queued e-mails over SMTP: each in the recipient's language (Persian right to left), HTML
 * with a plain-text part, addressed to what identity knows now. A failure is retried with growing
 * waits; too many failures, or a recipient that no longer exists, dead-letter it. Claims are short
 * transactions (SKIP LOCKED), so no connection is held while the SMTP server answers.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    @ConfigProperty(name = "portal.public-url")
    String publicUrl;

    @Location("mail/notice.html")
    Template html;

    @Location("mail/notice.txt")
    Template text;

    private final Mailer mailer;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final NoticeParams noticeParams;
    private final MailConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    public MailSender(Mailer mailer, Recipients recipients, NoticeTexts texts, NoticeParams noticeParams, MailConfig config,
                      EntityManager entityManager, Clock clock) {
        this.mailer = mailer;
        this.recipients = recipients;
        this.texts = texts;
        this.noticeParams = noticeParams;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @FinishedBeforeShutdown
    @Scheduled(every = "${portal.mail.poll-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = MailOff.class)
    void poll() {
        sendDue();
    }

    /** Sends every due e-mail; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            List<EmailDelivery> claimed = QuarkusTransaction.requiringNew().call(this::claim);
            if (claimed.isEmpty()) {
                return sent;
            }
            for (EmailDelivery delivery : claimed) {
                Outcome outcome = send(delivery);
                QuarkusTransaction.requiringNew().run(() -> settle(delivery.id, outcome));
                if (outcome.result() == Result.SENT) {
                    sent++;
                }
            }
        }
    }

    private enum Result { SENT, RETRY, NEVER }

    private record Outcome(Result result, String error) {
    }

    private Outcome send(EmailDelivery delivery) {
        try {
            String address = delivery.address;
            String language = Preference.DEFAULT_LANGUAGE;
            if (delivery.recipientId != null) {
                Optional<Recipients.Account> account = recipients.byId(delivery.recipientId);
                if (account.isEmpty() || !account.get().active() || account.get().email() == null) {
                    return new Outcome(Result.NEVER, "no active account " + delivery.recipientId + " with an e-mail address");
                }
                address = account.get().email();
                language = QuarkusTransaction.requiringNew().call(() -> Preference.of(delivery.recipientId).language);
            }
            mailer.send(compose(delivery, address, language));
            return new Outcome(Result.SENT, null);
        } catch (RuntimeException e) {
            return new Outcome(Result.RETRY, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    Mail compose(EmailDelivery delivery, String address, String language) {
        Map<String, String> params = noticeParams.read(delivery.params);
        NoticeMessages words = texts.in(language);
        String said = texts.text(delivery.kind, params, language);
        String link = publicUrl.replaceAll("/+$", "") + (delivery.link == null ? "/" : delivery.link);
        Map<String, Object> data = Map.of(
                "lang", language,
                "dir", NoticeTexts.rightToLeft(language) ? "rtl" : "ltr",
                "portal", words.portal(),
                "text", said,
                "message", params.getOrDefault("message", ""),
                "link", link,
                "open", words.open(),
                "footer", words.footer());
        String subject = said.length() > 150 ? said.substring(0, 147) + "..." : said;
        return Mail.withHtml(address, subject, html.data(data).render()).setText(text.data(data).render());
    }

    private List<EmailDelivery> claim() {
        Instant now = clock.instant();
        List<EmailDelivery> due = entityManager.createQuery("""
                        from EmailDelivery d where d.status = :pending and d.nextAttemptAt <= :now order by d.createdAt""",
                        EmailDelivery.class)
                .setParameter("pending", EmailDelivery.Status.PENDING).setParameter("now", now)
                .setMaxResults(config.batchSize())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED: replicas send side by side
                .getResultList();
        due.forEach(d -> d.nextAttemptAt = now.plus(CLAIM_LEASE));
        entityManager.flush();
        due.forEach(entityManager::detach);
        return due;
    }

    private void settle(UUID id, Outcome outcome) {
        EmailDelivery delivery = EmailDelivery.findById(id);
        Instant now = clock.instant();
        if (outcome.result() == Result.SENT) {
            delivery.status = EmailDelivery.Status.SENT;
            delivery.sentAt = now;
            delivery.lastError = null;
            return;
        }
        delivery.attempts++;
        String error = outcome.error() == null ? "unknown" : outcome.error();
        delivery.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (outcome.result() == Result.NEVER || delivery.attempts >= config.maxAttempts()) {
            delivery.status = EmailDelivery.Status.DEAD_LETTERED;
            LOG.errorf("E-mail %s (%s) dead-lettered after %d attempt(s): %s", delivery.id, delivery.kind, delivery.attempts, delivery.lastError);
        } else {
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
            LOG.warnf("E-mail %s (%s) not sent, attempt %d: %s", delivery.id, delivery.kind, delivery.attempts, delivery.lastError);
        }
    }

    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(config.maxBackoff()) > 0 || wait.isNegative() ? config.maxBackoff() : wait;
    }

    /** No SMTP server configured, or the service is stopping: e-mails wait in the queue. */
    @ApplicationScoped
    public static class MailOff implements Scheduled.SkipPredicate {

        private final MailConfig config;
        private final RunningJobs jobs;

        public MailOff(MailConfig config, RunningJobs jobs) {
            this.config = config;
            this.jobs = jobs;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled() || jobs.stopping();
        }
    }
}
