package org.jointfunding.identity.login;

import org.jointfunding.identity.common.Sha256;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Password-reset codes an ADMIN reads out or sends to a person by another channel, so made to be
 * typed: 20 characters of Crockford's base32 (100 random bits) in groups of four, such as
 * {@code 7QK2-M9XD-4R1T-HV0B-ZP6E}. Case, dashes and spaces do not matter, and the letters O, I and
 * L are read as 0, 1 and 1.
 */
final class ResetCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResetCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The hash stored for a code, the same for every way of writing it. */
    static String hash(String code) {
        return Sha256.hex(normalize(code));
    }

    static String normalize(String code) {
        StringBuilder normal = new StringBuilder(LENGTH);
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ', '\t' -> { }
                case 'O' -> normal.append('0');
                case 'I', 'L' -> normal.append('1');
                default -> normal.append(c);
            }
        }
        return normal.toString();
    }
}
