package org.jointfunding.notification.feed;

import java.util.Map;

/**
 * Something to tell one person: an account (feed, and e-mail unless turned off) or, for an
 * invitation to an address without an account yet, a bare e-mail address.
 */
public record Notice(String recipientId, String address, Kind kind, Map<String, String> params, String link) {

    public static Notice to(String recipientId, Kind kind, Map<String, String> params, String link) {
        return new Notice(recipientId, null, kind, params, link);
    }

    public static Notice toAddress(String address, Kind kind, Map<String, String> params, String link) {
        return new Notice(null, address, kind, params, link);
    }

    public Notice forAccount(String accountId) {
        return new Notice(accountId, address, kind, params, link);
    }
}
