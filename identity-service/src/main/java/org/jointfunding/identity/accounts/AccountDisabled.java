package org.jointfunding.identity.accounts;

import java.util.UUID;

/** Fired inside the transaction that disables an account: whatever keeps it signed in ends with it (tokens' RefreshTokens). */
public record AccountDisabled(UUID accountId) {
}
