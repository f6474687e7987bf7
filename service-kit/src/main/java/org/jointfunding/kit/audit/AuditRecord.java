package org.jointfunding.kit.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One audit entry as written: when, what (the action and, for an action taken for one of several
 * parties such as a co-funding agency, that party), who, on which object (its type and id) within
 * which larger one (a call), from which state to which, and why. When the portal itself says why,
 * {@code facts} holds the same as values ({@code says}: which sentence; the other keys, its values), so
 * that a reader can word it in its own language; {@code detail} keeps it in English.
 */
public record AuditRecord<A extends AuditAction>(Instant at, A action, String party, String actor,
                                                 String targetType, String target, String scope,
                                                 String from, String to, String detail, Map<String, String> facts) {

    /** The action's code, with the party after a colon when there is one: {@code approve-share:MY-MIDA}. */
    public String actionCode() {
        return party == null ? action.code() : action.code() + ":" + party;
    }

    /** Cuts text to a column's size: an audit line cut short is better than a change refused because of it. */
    public static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
