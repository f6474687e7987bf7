package org.jointfunding.kit.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.jointfunding.kit.ApiProblem;

import java.io.UncheckedIOException;

/** Reads an event's envelope or data into a record and validates it: bad JSON or a broken rule is a 400 problem. */
@ApplicationScoped
public class EventData {

    private final ObjectMapper json;
    private final Validator validator;

    public EventData(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public IncomingEvent envelope(String body) {
        return valid(parse(body == null ? "" : body, IncomingEvent.class), "The request body is empty");
    }

    /** The event's data as {@code type}; a 400 naming {@code data} when it has none. */
    public <T> T read(IncomingEvent event, Class<T> type) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw ApiProblem.invalidField("data", "a " + event.type() + " event needs its data object");
        }
        return valid(parse(data.toString(), type), "The event's data is empty");
    }

    private <T> T parse(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // the problem mapper finds the JSON failure in the cause: a 400
        }
    }

    private <T> T valid(T value, String whenEmpty) {
        if (value == null) {
            throw ApiProblem.badRequest("malformed-json", whenEmpty);
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
