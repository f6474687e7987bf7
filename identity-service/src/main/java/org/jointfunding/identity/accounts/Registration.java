package org.jointfunding.identity.accounts;

import org.jointfunding.identity.common.Role;

/**
 * A registration checked and its password hashed (Argon2id), ready to be written. {@link #details()}
 * is what identifies the request for {@code Idempotency-Key}: everything but the password, since
 * service-kit keeps an unsalted SHA-256 of the request it compares.
 */
public record Registration(Details details, String passwordHash) {

    /** The registration without its password; the email in its normal (lower-case) form. */
    public record Details(String email, String displayName, String country, Role role) {
    }

    @Override
    public String toString() {
        return "Registration[" + details + "]"; // never the hash in a log line
    }
}
