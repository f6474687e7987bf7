package org.jointfunding.identity.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.kit.ApiProblem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Honours {@code Idempotency-Key} on creates: the first request records which object it made, a
 * retry with the same key by the same caller gets that object back instead of a second one, for
 * {@code portal.idempotency.retention}. Runs in the create's transaction; two concurrent first
 * requests collide on the primary key (409).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_LENGTH = 200;

    private final Clock clock;
    private final Duration retention;

    public IdempotencyKeys(Clock clock, IdentityConfig config) {
        this.clock = clock;
        this.retention = config.idempotency().retention();
    }

    /** The object an earlier request with this key made, if any. A null key never matches. */
    public Optional<UUID> earlier(String caller, String operation, String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw ApiProblem.invalidField(HEADER, "must be 1 to " + MAX_LENGTH + " characters");
        }
        Optional<IdempotentCreate> earlier = IdempotentCreate.findByIdOptional(new IdempotentCreate.Key(caller, operation, key));
        if (earlier.isPresent() && !earlier.get().createdAt.isAfter(oldestKept())) {
            earlier.get().delete(); // past the retention, not yet swept: the key starts afresh
            IdempotentCreate.flush();
            return Optional.empty();
        }
        return earlier.map(c -> c.resourceId);
    }

    public void remember(String caller, String operation, String key, UUID resourceId) {
        if (key == null) {
            return;
        }
        IdempotentCreate create = new IdempotentCreate();
        create.key = new IdempotentCreate.Key(caller, operation, key);
        create.resourceId = resourceId;
        create.createdAt = clock.instant();
        create.persist();
    }

    /** Deletes the records past the retention; returns how many. Runs in the caller's transaction. */
    public long forgetExpired() {
        return IdempotentCreate.delete("createdAt <= ?1", oldestKept());
    }

    private Instant oldestKept() {
        return clock.instant().minus(retention);
    }

    /** What a create returns: the object, and whether it was made by an earlier request. */
    public record Outcome<T>(T value, boolean replayed) {
    }
}
