package org.jointfunding.mentorship.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Creates honour {@code Idempotency-Key}: the first call runs and its answer is stored in the same
 * transaction; a retry with the same key by the same caller gets that answer back and creates
 * nothing. Reusing a key for a different kind of create is a 422.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final ObjectMapper json;
    private final Clock clock;

    public Idempotency(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Created<T> once(String caller, String key, String scope, Class<T> viewType, Supplier<Created<T>> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiProblem.invalidField(HEADER, "must be 1 to 200 characters");
        }
        IdempotentResponse previous = IdempotentResponse.findById(new IdempotentResponse.Key(caller, key));
        if (previous != null) {
            if (!previous.scope.equals(scope)) {
                throw ApiProblem.unprocessable("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different request", null);
            }
            return new Created<>(previous.resourceId, read(previous.body, viewType));
        }
        Created<T> created = create.get();
        IdempotentResponse stored = new IdempotentResponse();
        stored.caller = caller;
        stored.idempotencyKey = key;
        stored.scope = scope;
        stored.resourceId = created.id();
        stored.body = write(created.view());
        stored.createdAt = clock.instant();
        stored.persist();
        return created;
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
