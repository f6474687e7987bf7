package org.jointfunding.identity.accounts;

/**
 * ACTIVE and DISABLED are stored; LOCKED is an ACTIVE account inside its lockout window after too
 * many failed logins, and ends by itself (or by an ADMIN's unlock).
 */
public enum AccountStatus {
    ACTIVE, LOCKED, DISABLED
}
