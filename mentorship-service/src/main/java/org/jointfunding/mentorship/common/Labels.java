package org.jointfunding.mentorship.common;

import org.jointfunding.kit.ApiProblem;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Normalises the portal's labels (tags, sectors, languages) so "FinTech" and "fintech" match. */
public final class Labels {

    private Labels() {
    }

    public static List<String> normalise(Collection<String> labels) {
        return labels == null ? List.of() : labels.stream().map(Labels::normalise).distinct().sorted().toList();
    }

    public static String normalise(String label) {
        return label == null ? null : label.trim().toLowerCase(Locale.ROOT);
    }

    public static String country(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public static List<String> countries(Collection<String> codes) {
        return codes == null ? List.of() : codes.stream().map(Labels::country).distinct().sorted().toList();
    }

    /** An IANA zone id such as Asia/Kuala_Lumpur; anything else is a 400 on that field. */
    public static String timeZone(String field, String zone) {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw ApiProblem.invalidField(field, "not a time zone id such as Asia/Kuala_Lumpur");
        }
    }
}
