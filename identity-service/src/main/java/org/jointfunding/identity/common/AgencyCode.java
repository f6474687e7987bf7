package org.jointfunding.identity.common;

import java.util.regex.Pattern;

/** Agency codes look like {@code MY-MIDA}: the agency's country, a dash, its short name. */
public final class AgencyCode {

    public static final String PATTERN = "^[A-Z]{2}-[A-Z0-9]{2,20}$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private AgencyCode() {
    }

    public static boolean isValid(String code) {
        return code != null && COMPILED.matcher(code).matches();
    }
}
