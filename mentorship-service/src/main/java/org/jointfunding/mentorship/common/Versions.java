package org.jointfunding.mentorship.common;

import jakarta.ws.rs.core.EntityTag;
import org.jointfunding.kit.ApiProblem;

/** ETag / If-Match for optimistic locking: the ETag is the entity's version. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names, or null when the header is absent. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField("If-Match", "must be an ETag this service issued, such as \"3\"");
        }
    }
}
