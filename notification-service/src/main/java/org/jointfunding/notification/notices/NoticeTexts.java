package org.jointfunding.notification.notices;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;

/** A notification worded in one of the portal's languages (English when it has not got that one). */
@ApplicationScoped
public class NoticeTexts {

    public static final Set<String> LANGUAGES = Set.of("en", "ms", "fa");

    public NoticeMessages in(String language) {
        return MessageBundles.get(NoticeMessages.class, Localized.Literal.of(LANGUAGES.contains(language) ? language : "en"));
    }

    public String text(Kind kind, Map<String, String> params, String language) {
        NoticeMessages m = in(language);
        return switch (kind) {
            case APPLICATION_SUBMITTED -> m.APPLICATION_SUBMITTED(params);
            case APPLICATION_UNDER_REVIEW -> m.APPLICATION_UNDER_REVIEW(params);
            case APPLICATION_AWARDED -> m.APPLICATION_AWARDED(params);
            case APPLICATION_REJECTED -> m.APPLICATION_REJECTED(params);
            case APPLICATION_WITHDRAWN -> m.APPLICATION_WITHDRAWN(params);
            case AWARD_SHARE_DECIDED -> m.AWARD_SHARE_DECIDED(params);
            case COLLABORATOR_INVITED -> m.COLLABORATOR_INVITED(params);
            case INVITATION_ANSWERED -> m.INVITATION_ANSWERED(params);
            case REVIEW_ASSIGNED -> m.REVIEW_ASSIGNED(params);
            case DRAFT_DEADLINE -> m.DRAFT_DEADLINE(params);
            case MATCH_PROPOSED -> m.MATCH_PROPOSED(params);
            case MATCH_ACCEPTED -> m.MATCH_ACCEPTED(params);
            case MATCH_DECLINED -> m.MATCH_DECLINED(params);
            case MATCH_EXPIRED -> m.MATCH_EXPIRED(params);
            case SESSION_LOGGED -> m.SESSION_LOGGED(params);
            case FEEDBACK_RECEIVED -> m.FEEDBACK_RECEIVED(params);
            case NEW_SIGN_IN -> m.NEW_SIGN_IN(params);
            case PASSWORD_RESET_ISSUED -> m.PASSWORD_RESET_ISSUED(params);
            case SHARE_TO_CONFIRM -> m.SHARE_TO_CONFIRM(params);
            case CALL_OPENED -> m.CALL_OPENED(params);
        };
    }

    public static boolean rightToLeft(String language) {
        return "fa".equals(language);
    }
}
