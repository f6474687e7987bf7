package org.jointfunding.funding.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.jointfunding.funding.calls.CallFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link QueryParameters} skips validation when a request has no query string; that is only right while the
 * objects JAX-RS builds from no parameters at all (every field at its {@code @DefaultValue}, or null) are valid.
 */
@QuarkusTest
class QueryParametersTest {

    @Inject
    Validator validator;

    @ParameterizedTest
    @ValueSource(classes = {CallFilter.class, Paging.class})
    void theObjectsOfARequestWithoutQueryStringAreValid(Class<?> type) throws ReflectiveOperationException {
        Object defaults = type.getConstructor().newInstance();
        for (Field field : type.getFields()) {
            assertTrue(field.isAnnotationPresent(QueryParam.class), field + " is not a query parameter");
            DefaultValue value = field.getAnnotation(DefaultValue.class);
            if (value != null) {
                field.set(defaults, field.getType() == int.class ? Integer.valueOf(value.value()) : value.value());
            } else if (field.getType().isPrimitive()) {
                throw new AssertionError(field + " needs a @DefaultValue: without one JAX-RS gives it 0 or false");
            }
        }
        assertEquals(0, validator.validate(defaults).size(), () -> validator.validate(defaults).toString());
    }
}
