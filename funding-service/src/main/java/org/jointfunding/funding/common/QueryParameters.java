package org.jointfunding.funding.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.HashSet;
import java.util.Set;

/**
 * Validates a list's query-parameter objects ({@code @BeanParam} classes with constraints) as {@code @Valid} on
 * the resource method would, ending in the same 400 problem document, but without the method-validation
 * interceptor, and without any work for a request that has no query string: its objects hold their defaults,
 * which are valid (QueryParametersTest checks that). For the busiest list, the first page of open calls, method
 * validation was 5-8 % of the service's CPU (docs/PERFORMANCE.md, "Anonymous callers and open calls' query
 * parameters").
 */
@ApplicationScoped
public class QueryParameters {

    private final Validator validator;

    public QueryParameters(Validator validator) {
        this.validator = validator;
    }

    /** A {@link ConstraintViolationException} listing every violation of every object, unless all are valid. */
    public void validate(HttpServerRequest request, Object... parameters) {
        if (request.query() == null) {
            return;
        }
        Set<ConstraintViolation<?>> violations = new HashSet<>();
        for (Object parameter : parameters) {
            violations.addAll(validator.validate(parameter));
        }
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
