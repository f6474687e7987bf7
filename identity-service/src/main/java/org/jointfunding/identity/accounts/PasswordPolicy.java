package org.jointfunding.identity.accounts;

import org.jointfunding.kit.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Length over composition rules (NIST SP 800-63B): 12 to 128 characters, and not built from the
 * account's own email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** What is wrong with {@code password}, each reported on {@code field}. */
    public static List<Problem.FieldError> check(String field, String password, String email) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (password == null) {
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            errors.add(new Problem.FieldError(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long",
                    "password-length", Map.of("min", MIN_LENGTH, "max", MAX_LENGTH)));
        }
        if (email != null && containsEmail(password, email)) {
            errors.add(new Problem.FieldError(field, "must not contain the email address", "password-contains-email", Map.of()));
        }
        return errors;
    }

    private static boolean containsEmail(String password, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        int at = normalized.indexOf('@');
        String local = at > 0 ? normalized.substring(0, at) : normalized;
        return lower.contains(normalized) || (local.length() >= 4 && lower.contains(local));
    }
}
