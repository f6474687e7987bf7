package org.jointfunding.notification.notices;

import java.util.Map;

/**
 * Something to tell: one account (feed, and e-mail unless turned off); for an invitation to an
 * address without an account yet, a bare e-mail address; or an agency's administrators (each then
 * told as an account), but not the one who caused it ({@code except}).
 */
public record Notice(String recipientId, String address, String agency, String except, Kind kind, Map<String, String> params,
                     String link) {

    public static Notice to(String recipientId, Kind kind, Map<String, String> params, String link) {
        return new Notice(recipientId, null, null, null, kind, params, link);
    }

    public static Notice toAddress(String address, Kind kind, Map<String, String> params, String link) {
        return new Notice(null, address, null, null, kind, params, link);
    }

    public static Notice toAgencyAdmins(String agency, String except, Kind kind, Map<String, String> params, String link) {
        return new Notice(null, null, agency, except, kind, params, link);
    }

    public Notice forAccount(String accountId) {
        return new Notice(accountId, address, null, null, kind, params, link);
    }
}
