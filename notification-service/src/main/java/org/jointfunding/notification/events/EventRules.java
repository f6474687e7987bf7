package org.jointfunding.notification.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.notification.feed.Kind;
import org.jointfunding.notification.feed.Notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is told what, for each event type the other services publish (their data shapes are in
 * docs/notifications.md). Whoever caused a change is not told about it; an unknown type tells
 * nobody.
 */
@ApplicationScoped
public class EventRules {

    public List<Notice> noticesOf(IncomingEvent event) {
        JsonNode d = event.data() == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : event.data();
        return switch (event.type()) {
            case "ApplicationStatusChanged" -> applicationStatusChanged(d);
            case "AwardShareDecided" -> toMembers(d, Kind.AWARD_SHARE_DECIDED, application(d, "agency", "agencyName", "decision", "decision",
                    "reason", "reason"), null);
            case "CollaboratorInvited" -> List.of(Notice.toAddress(text(d, "email"), Kind.COLLABORATOR_INVITED,
                    params("inviter", text(d, "inviterName"), "application", text(d, "applicationTitle"), "call", text(d, "callTitle"),
                            "message", text(d, "message")), "/"));
            case "InvitationAnswered" -> List.of(Notice.to(text(d, "ownerId"), Kind.INVITATION_ANSWERED,
                    params("invitee", text(d, "inviteeName"), "application", text(d, "applicationTitle"), "status", text(d, "status")),
                    "/applications/" + text(d, "applicationId")));
            case "ReviewAssigned" -> List.of(Notice.to(text(d, "reviewerId"), Kind.REVIEW_ASSIGNED,
                    params("application", text(d, "applicationTitle"), "call", text(d, "callTitle")), "/reviews/" + text(d, "reviewId")));
            case "DraftDeadlineApproaching" -> toMembers(d, Kind.DRAFT_DEADLINE, application(d, "closesAt", "closesAt"), null);
            case "MatchProposed" -> List.of(
                    Notice.to(text(d, "mentorAccountId"), Kind.MATCH_PROPOSED, match(d, "mentor"), "/mentoring/matches/" + text(d, "matchId")),
                    Notice.to(text(d, "startupId"), Kind.MATCH_PROPOSED, match(d, "startup"), "/mentoring"));
            case "MatchAccepted" -> List.of(Notice.to(text(d, "startupId"), Kind.MATCH_ACCEPTED, match(d, "startup"), "/mentoring"));
            case "MatchDeclined" -> List.of(Notice.to(text(d, "startupId"), Kind.MATCH_DECLINED, match(d, "startup"), "/mentoring"));
            case "MatchExpired" -> List.of(
                    Notice.to(text(d, "mentorAccountId"), Kind.MATCH_EXPIRED, match(d, "mentor"), "/mentoring/matches/" + text(d, "matchId")),
                    Notice.to(text(d, "startupId"), Kind.MATCH_EXPIRED, match(d, "startup"), "/mentoring"));
            case "SessionLogged" -> List.of(Notice.to(text(d, "otherPartyId"), Kind.SESSION_LOGGED,
                    params("by", text(d, "byName"), "heldOn", text(d, "heldOn")), "/mentoring/matches/" + text(d, "matchId")));
            case "FeedbackReceived" -> List.of(Notice.to(text(d, "otherPartyId"), Kind.FEEDBACK_RECEIVED,
                    params("by", text(d, "byName")), "/mentoring/matches/" + text(d, "matchId")));
            // the funding agencies of a co-funded call
            case "FunderShareProposed" -> List.of(Notice.toAgencyAdmins(text(d, "agency"), text(d, "actor"), Kind.SHARE_TO_CONFIRM,
                    params("call", text(d, "callTitle"), "lead", text(d, "leadName"), "budget", amount(d, "budget"),
                            "currency", text(d, "currency")), "/agency/calls/" + text(d, "callId")));
            case "CallOpened" -> {
                List<Notice> notices = new ArrayList<>();
                for (JsonNode funder : d.path("funders")) {
                    notices.add(Notice.toAgencyAdmins(funder.asText(), text(d, "actor"), Kind.CALL_OPENED,
                            params("call", text(d, "callTitle"), "closesAt", text(d, "closesAt")), "/agency/calls/" + text(d, "callId")));
                }
                yield notices;
            }
            // identity's notices about a person's own account
            case "SignInFromNewAddress" -> List.of(Notice.to(text(d, "accountId"), Kind.NEW_SIGN_IN,
                    params("at", text(d, "at"), "address", text(d, "address"), "device", text(d, "userAgent")), "/"));
            case "PasswordResetIssued" -> List.of(Notice.to(text(d, "accountId"), Kind.PASSWORD_RESET_ISSUED,
                    params("expiresAt", text(d, "expiresAt")), "/"));
            default -> List.of();
        };
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
        return kind == null ? List.of() : toMembers(d, kind, application(d, "reason", "reason"), text(d, "actor"));
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
