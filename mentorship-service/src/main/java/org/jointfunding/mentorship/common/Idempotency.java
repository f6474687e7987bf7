package org.jointfunding.mentorship.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointfunding.kit.ApiProblem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Creates honour {@code Idempotency-Key}: the first call runs and its answer is stored in the same
 * transaction; a retry with the same key by the same caller gets that answer back and creates
 * nothing. Reusing a key for a different kind of create is a 422. A key is remembered for
 * {@code portal.idempotency.retention}; after that it creates again, and a sweep deletes the
 * expired answers.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final ObjectMapper json;
    private final Clock clock;
    private final Duration retention;

    public Idempotency(ObjectMapper json, Clock clock,
                       @ConfigProperty(name = "portal.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.json = json;
        this.clock = clock;
        this.retention = retention;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Created<T> once(String caller, String key, String scope, Class<T> viewType, Supplier<Created<T>> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiProblem.invalidField(HEADER, "must be 1 to 200 characters");
        }
        IdempotentResponse stored = IdempotentResponse.findById(new IdempotentResponse.Key(caller, key));
        if (stored != null && stored.createdAt.isAfter(expiryCutoff())) {
            if (!stored.scope.equals(scope)) {
                throw ApiProblem.unprocessable("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different request", null);
            }
            return new Created<>(stored.resourceId, read(stored.body, viewType));
        }
        Created<T> created = create.get();
        if (stored == null) { // else an expired answer, not swept yet: overwritten
            stored = new IdempotentResponse();
            stored.caller = caller;
            stored.idempotencyKey = key;
        }
        stored.scope = scope;
        stored.resourceId = created.id();
        stored.body = write(created.view());
        stored.createdAt = clock.instant();
        stored.persist();
        return created;
    }

    /** Deletes the answers of keys older than the retention; returns how many. */
    @Transactional
    public int forgetExpired() {
        return (int) IdempotentResponse.delete("createdAt <= ?1", expiryCutoff());
    }

    @Scheduled(every = "${portal.idempotency.sweep-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int forgotten = forgetExpired();
        if (forgotten > 0) {
            LOG.infof("Forgot %d expired idempotency key(s)", forgotten);
        }
    }

    /** Answers stored at or before this instant have expired. */
    private Instant expiryCutoff() {
        return clock.instant().minus(retention);
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
