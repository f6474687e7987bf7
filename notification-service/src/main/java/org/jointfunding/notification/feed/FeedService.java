package org.jointfunding.notification.feed;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Page;
import org.jointfunding.notification.mail.MailQueue;
import org.jointfunding.notification.notices.Notice;
import org.jointfunding.notification.notices.NoticeParams;
import org.jointfunding.notification.notices.NoticeTexts;
import org.jointfunding.notification.preferences.Preference;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The in-app feed: notices recorded as events arrive, read by their recipient only. */
@ApplicationScoped
public class FeedService {

    private final MailQueue mail;
    private final NoticeTexts texts;
    private final NoticeParams params;
    private final Clock clock;

    public FeedService(MailQueue mail, NoticeTexts texts, NoticeParams params, Clock clock) {
        this.mail = mail;
        this.texts = texts;
        this.params = params;
        this.clock = clock;
    }

    /** In the event's transaction: each notice to an account joins its feed, and its e-mail is queued unless turned off. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID eventId, List<Notice> notices) {
        for (Notice notice : notices) {
            String stored = params.write(notice.params());
            if (notice.recipientId() != null && !notice.recipientId().isBlank()) {
                Notification notification = new Notification();
                notification.id = UUID.randomUUID();
                notification.recipientId = notice.recipientId();
                notification.kind = notice.kind();
                notification.params = stored;
                notification.link = notice.link();
                notification.eventId = eventId;
                notification.createdAt = clock.instant();
                notification.persist();
                if (Preference.of(notice.recipientId()).wantsEmail(notice.kind())) {
                    mail.queue(notification.id, notice.recipientId(), null, notice.kind(), stored, notice.link());
                }
            } else if (notice.address() != null && !notice.address().isBlank()) {
                mail.queue(null, null, notice.address(), notice.kind(), stored, notice.link());
            }
        }
    }

    public FeedPage page(String recipient, boolean unreadOnly, int limit, int offset) {
        String language = Preference.of(recipient).language;
        var found = unreadOnly
                ? Notification.<Notification>find("recipientId = ?1 and readAt is null", Sort.descending("createdAt", "id"), recipient)
                : Notification.<Notification>find("recipientId", Sort.descending("createdAt", "id"), recipient);
        List<NotificationView> items = found.range(offset, offset + limit - 1).list().stream().map(n -> view(n, language)).toList();
        return new FeedPage(items, Page.total(items.size(), limit, offset, found::count), limit, offset, unread(recipient));
    }

    public long unread(String recipient) {
        return Notification.count("recipientId = ?1 and readAt is null", recipient);
    }

    @Transactional
    public NotificationView read(String recipient, UUID id) {
        Notification notification = Notification.findById(id);
        if (notification == null || !notification.recipientId.equals(recipient)) {
            throw ApiProblem.notFound("notification", id);
        }
        if (notification.readAt == null) {
            notification.readAt = clock.instant();
        }
        return view(notification, Preference.of(recipient).language);
    }

    @Transactional
    public long readAll(String recipient) {
        return Notification.update("readAt = ?1 where recipientId = ?2 and readAt is null", clock.instant(), recipient);
    }

    private NotificationView view(Notification n, String language) {
        Map<String, String> values = params.read(n.params);
        return new NotificationView(n.id, n.kind, texts.text(n.kind, values, language), values, n.link, n.createdAt, n.readAt);
    }
}
