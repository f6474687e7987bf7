package org.jointfunding.identity.common;

import org.jointfunding.kit.ApiProblem;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Enum filters arrive as strings and are parsed here, so an unknown value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
