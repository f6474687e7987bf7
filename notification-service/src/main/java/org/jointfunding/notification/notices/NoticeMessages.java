package org.jointfunding.notification.notices;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.util.Map;

/**
 * What each kind of notification says, in English here and in Malay and Persian in
 * src/main/resources/messages/notice_ms.properties and notice_fa.properties (UTF-8). The
 * parameters come from the event; the feed and the e-mails use the same words.
 */
@MessageBundle(value = "notice", locale = "en")
public interface NoticeMessages {

    @Message("“{p.get('application')}” was submitted to {p.get('call')}.")
    String APPLICATION_SUBMITTED(Map<String, String> p);

    @Message("“{p.get('application')}” is being reviewed.")
    String APPLICATION_UNDER_REVIEW(Map<String, String> p);

    @Message("“{p.get('application')}” was awarded by every co-funding agency.")
    String APPLICATION_AWARDED(Map<String, String> p);

    @Message("“{p.get('application')}” was not funded: {#if p.get('says') == 'decided-without-award'}the call was concluded "
            + "without funding it.{#else if p.get('says') == 'share-refused'}a co-funding agency refused its share.{#else}{p.get('reason')}{/if}")
    String APPLICATION_REJECTED(Map<String, String> p);

    @Message("“{p.get('application')}” was withdrawn by its lead applicant.")
    String APPLICATION_WITHDRAWN(Map<String, String> p);

    @Message("{p.get('agency')} {#if p.get('decision') == 'APPROVED'}approved{#else}refused{/if} its share of “{p.get('application')}”.")
    String AWARD_SHARE_DECIDED(Map<String, String> p);

    @Message("{p.get('inviter')} invites you to work on “{p.get('application')}” for the call {p.get('call')}.")
    String COLLABORATOR_INVITED(Map<String, String> p);

    @Message("{p.get('invitee')} {#if p.get('status') == 'ACCEPTED'}accepted{#else}declined{/if} your invitation to “{p.get('application')}”.")
    String INVITATION_ANSWERED(Map<String, String> p);

    @Message("You are asked to review “{p.get('application')}” in {p.get('call')}.")
    String REVIEW_ASSIGNED(Map<String, String> p);

    @Message("{p.get('call')} closes on {p.get('closesAt')}: “{p.get('application')}” is still a draft.")
    String DRAFT_DEADLINE(Map<String, String> p);

    @Message("{#if p.get('role') == 'mentor'}A startup needs your mentoring in {p.get('sector')}: please accept or decline by {p.get('expiresAt')}.{#else}{p.get('mentor')} has been proposed as your mentor.{/if}")
    String MATCH_PROPOSED(Map<String, String> p);

    @Message("{p.get('mentor')} accepted to mentor you.")
    String MATCH_ACCEPTED(Map<String, String> p);

    @Message("The proposed mentor is not available; we are proposing another.")
    String MATCH_DECLINED(Map<String, String> p);

    @Message("{#if p.get('role') == 'mentor'}A mentoring proposal expired without an answer.{#else}The proposed mentor did not answer in time; we are proposing another.{/if}")
    String MATCH_EXPIRED(Map<String, String> p);

    @Message("{p.get('by')} logged a mentoring session on {p.get('heldOn')}.")
    String SESSION_LOGGED(Map<String, String> p);

    @Message("{p.get('by')} left feedback on your mentoring.")
    String FEEDBACK_RECEIVED(Map<String, String> p);

    @Message("Open in the portal")
    String open();

    @Message("You get this e-mail because of your account at the Joint Funding & Mentorship Portal. Choose which e-mails you get in the portal's notification settings.")
    String footer();

    @Message("Joint Funding & Mentorship Portal")
    String portal();

    @Message("Your account was signed in on {p.get('at')} from a network it had not used before ({p.get('address')}; {p.get('device')}). If that was not you, change your password now.")
    String NEW_SIGN_IN(Map<String, String> p);

    @Message("An administrator issued a password-reset code for your account, valid until {p.get('expiresAt')}. If you did not ask for it, tell your administrator; your password keeps working until the code is used.")
    String PASSWORD_RESET_ISSUED(Map<String, String> p);

    @Message("{p.get('lead')} proposes your agency's share in the call {p.get('call')}: a budget of {p.get('budget')} {p.get('currency')}. Check it and confirm it: the call opens only when every funding agency has.")
    String SHARE_TO_CONFIRM(Map<String, String> p);

    @Message("The call {p.get('call')} is open for applications until {p.get('closesAt')}.")
    String CALL_OPENED(Map<String, String> p);
}
