package org.jointfunding.notification.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.inbox.EventHandler;
import org.jointfunding.kit.inbox.EventHandlers;
import org.jointfunding.notification.feed.FeedService;
import org.jointfunding.notification.notices.Kind;
import org.jointfunding.notification.notices.Notice;
import org.jointfunding.notification.recipients.Recipients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who is told what, one rule for each event type the other services publish (their data shapes are
 * in docs/notifications.md), handed to service-kit's inbox. Whoever caused a change is not told
 * about it; a type without a rule tells nobody.
 */
@ApplicationScoped
public class NoticeRules implements EventHandlers {

    private final Recipients recipients;
    private final FeedService feed;

    public NoticeRules(Recipients recipients, FeedService feed) {
        this.recipients = recipients;
        this.feed = feed;
    }

    @Override
    public Map<String, EventHandler> byType() {
        Map<String, EventHandler> rules = new HashMap<>();
        rule(rules, "ApplicationStatusChanged", this::applicationStatusChanged);
        rule(rules, "AwardShareDecided", d -> toMembers(d, Kind.AWARD_SHARE_DECIDED, application(d, "agency", "agencyName", "decision", "decision",
                "reason", "reason"), null));
        rule(rules, "CollaboratorInvited", d -> List.of(Notice.toAddress(text(d, "email"), Kind.COLLABORATOR_INVITED,
                params("inviter", text(d, "inviterName"), "application", text(d, "applicationTitle"), "call", text(d, "callTitle"),
                        "message", text(d, "message")), "/")));
        rule(rules, "InvitationAnswered", d -> List.of(Notice.to(text(d, "ownerId"), Kind.INVITATION_ANSWERED,
                params("invitee", text(d, "inviteeName"), "application", text(d, "applicationTitle"), "status", text(d, "status")),
                "/applications/" + text(d, "applicationId"))));
        rule(rules, "ReviewAssigned", d -> List.of(Notice.to(text(d, "reviewerId"), Kind.REVIEW_ASSIGNED,
                params("application", text(d, "applicationTitle"), "call", text(d, "callTitle")), "/reviews/" + text(d, "reviewId"))));
        rule(rules, "DraftDeadlineApproaching", d -> toMembers(d, Kind.DRAFT_DEADLINE, application(d, "closesAt", "closesAt"), null));
        rule(rules, "MatchProposed", d -> List.of(
                Notice.to(text(d, "mentorAccountId"), Kind.MATCH_PROPOSED, match(d, "mentor"), "/mentoring/matches/" + text(d, "matchId")),
                Notice.to(text(d, "startupId"), Kind.MATCH_PROPOSED, match(d, "startup"), "/mentoring")));
        rule(rules, "MatchAccepted", d -> List.of(Notice.to(text(d, "startupId"), Kind.MATCH_ACCEPTED, match(d, "startup"), "/mentoring")));
        rule(rules, "MatchDeclined", d -> List.of(Notice.to(text(d, "startupId"), Kind.MATCH_DECLINED, match(d, "startup"), "/mentoring")));
        rule(rules, "MatchExpired", d -> List.of(
                Notice.to(text(d, "mentorAccountId"), Kind.MATCH_EXPIRED, match(d, "mentor"), "/mentoring/matches/" + text(d, "matchId")),
                Notice.to(text(d, "startupId"), Kind.MATCH_EXPIRED, match(d, "startup"), "/mentoring")));
        rule(rules, "SessionLogged", d -> List.of(Notice.to(text(d, "otherPartyId"), Kind.SESSION_LOGGED,
                params("by", text(d, "byName"), "heldOn", text(d, "heldOn")), "/mentoring/matches/" + text(d, "matchId"))));
        rule(rules, "FeedbackReceived", d -> List.of(Notice.to(text(d, "otherPartyId"), Kind.FEEDBACK_RECEIVED,
                params("by", text(d, "byName")), "/mentoring/matches/" + text(d, "matchId"))));
        // the funding agencies of a co-funded call
        rule(rules, "FunderShareProposed", d -> List.of(Notice.toAgencyAdmins(text(d, "agency"), text(d, "actor"), Kind.SHARE_TO_CONFIRM,
                params("call", text(d, "callTitle"), "lead", text(d, "leadName"), "budget", amount(d, "budget"),
                        "currency", text(d, "currency")), "/agency/calls/" + text(d, "callId"))));
        rule(rules, "CallOpened", this::callOpened);
        // identity's notices about a person's own account
        rule(rules, "SignInFromNewAddress", d -> List.of(Notice.to(text(d, "accountId"), Kind.NEW_SIGN_IN,
                params("at", text(d, "at"), "address", text(d, "address"), "device", text(d, "userAgent")), "/")));
        rule(rules, "PasswordResetIssued", d -> List.of(Notice.to(text(d, "accountId"), Kind.PASSWORD_RESET_ISSUED,
                params("expiresAt", text(d, "expiresAt")), "/")));
        return rules;
    }

    /** Works out whom to tell (outside any transaction: identity may be asked), then records it in the feed. */
    private void rule(Map<String, EventHandler> rules, String type, Function<JsonNode, List<Notice>> noticesOf) {
        rules.put(type, event -> {
            List<Notice> notices = toAccounts(noticesOf.apply(event.data() == null ? NullNode.getInstance() : event.data()));
            return () -> {
                feed.record(event.id(), notices);
                return null;
            };
        });
    }

    /**
     * An address that belongs to an active account is told as that account (feed, its settings);
     * others by e-mail alone. An agency's notice goes to each of its active administrators. When
     * identity cannot be asked, the event is refused with a 503 and delivered again later.
     */
    private List<Notice> toAccounts(List<Notice> notices) {
        try {
            List<Notice> resolved = new ArrayList<>();
            for (Notice notice : notices) {
                if (notice.agency() != null) {
                    recipients.agencyAdmins(notice.agency()).stream()
                            .filter(admin -> admin.active() && !admin.id().equals(notice.except()))
                            .forEach(admin -> resolved.add(notice.forAccount(admin.id())));
                } else if (notice.recipientId() == null && notice.address() != null && !notice.address().isBlank()) {
                    resolved.add(recipients.byEmail(notice.address()).filter(Recipients.Account::active)
                            .map(account -> notice.forAccount(account.id())).orElse(notice));
                } else {
                    resolved.add(notice);
                }
            }
            return resolved;
        } catch (Recipients.Unreachable e) {
            throw new ApiProblem(new Problem("dependency-unavailable", "Service unavailable", 503, e.getMessage(), null));
        }
    }

    private List<Notice> callOpened(JsonNode d) {
        List<Notice> notices = new ArrayList<>();
        for (JsonNode funder : d.path("funders")) {
            notices.add(Notice.toAgencyAdmins(funder.asText(), text(d, "actor"), Kind.CALL_OPENED,
                    params("call", text(d, "callTitle"), "closesAt", text(d, "closesAt")), "/agency/calls/" + text(d, "callId")));
        }
        return notices;
    }

    private List<Notice> applicationStatusChanged(JsonNode d) {
        Kind kind = switch (text(d, "to")) {
            case "SUBMITTED" -> Kind.APPLICATION_SUBMITTED;
            case "UNDER_REVIEW" -> Kind.APPLICATION_UNDER_REVIEW;
            case "AWARDED" -> Kind.APPLICATION_AWARDED;
            case "REJECTED" -> Kind.APPLICATION_REJECTED;
            case "WITHDRAWN" -> Kind.APPLICATION_WITHDRAWN;
            default -> null;
        };
        Map<String, String> params = application(d, "reason", "reason");
        String says = text(d.path("facts"), "says"); // when the portal gave the reason: worded in the reader's language
        if (!says.isEmpty()) {
            params.put("says", says);
        }
        return kind == null ? List.of() : toMembers(d, kind, params, text(d, "actor"));
    }

    /** Every startup working on the application but the one that acted. */
    private List<Notice> toMembers(JsonNode d, Kind kind, Map<String, String> params, String actor) {
        List<Notice> notices = new ArrayList<>();
        for (JsonNode member : d.path("members")) {
            if (member.isTextual() && !member.asText().equals(actor)) {
                notices.add(Notice.to(member.asText(), kind, params, "/applications/" + text(d, "applicationId")));
            }
        }
        return notices;
    }

    /** The application's and call's titles, and the named fields of the event as parameters. */
    private Map<String, String> application(JsonNode d, String... nameAndField) {
        Map<String, String> params = params("application", text(d, "applicationTitle"), "call", text(d, "callTitle"));
        for (int i = 0; i < nameAndField.length; i += 2) {
            params.put(nameAndField[i], text(d, nameAndField[i + 1]));
        }
        return params;
    }

    private Map<String, String> match(JsonNode d, String role) {
        return params("role", role, "mentor", text(d, "mentorName"), "sector", text(d, "sector"), "expiresAt", text(d, "expiresAt"));
    }

    private static Map<String, String> params(String... nameAndValue) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < nameAndValue.length; i += 2) {
            params.put(nameAndValue[i], nameAndValue[i + 1]);
        }
        return params;
    }

    /** An amount as its plain digits (90000000000, not 9.0E10, whatever JSON number carried it). */
    private static String amount(JsonNode d, String field) {
        JsonNode value = d.path(field);
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : text(d, field);
    }

    /** A text field of the event, "" when absent (a message always has every parameter it names). */
    private static String text(JsonNode d, String field) {
        JsonNode value = d.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
