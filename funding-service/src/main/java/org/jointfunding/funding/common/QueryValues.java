package org.jointfunding.funding.common;

import org.jointfunding.kit.ApiProblem;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Typed query parameters parsed here rather than by JAX-RS, which answers a failed conversion of a
 * query parameter with 404; a malformed filter is the caller's bad input, a 400 naming the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(name, "must be a UUID");
        }
    }

    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, "must be an ISO-8601 instant such as 2027-01-31T00:00:00Z");
        }
    }
}
