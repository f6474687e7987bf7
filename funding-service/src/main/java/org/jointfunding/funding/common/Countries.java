package org.jointfunding.funding.common;

import java.util.Locale;
import java.util.Set;

/** ISO 3166 alpha-2 country codes, as the JDK knows them. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
