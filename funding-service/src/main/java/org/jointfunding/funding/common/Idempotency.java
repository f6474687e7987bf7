package org.jointfunding.funding.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointfunding.kit.ApiProblem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Creates honour {@code Idempotency-Key}: the same key from the same caller gets the first
 * response again and no second object. The key row is inserted first, in the create's own
 * transaction, so a concurrent retry waits for the first attempt and then replays it.
 * A key is remembered for {@code portal.idempotency.retention}; after that it starts afresh, and
 * a sweep deletes the expired records.
 */
@ApplicationScoped
public class Idempotency {

    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration retention;

    public Idempotency(EntityManager entityManager, ObjectMapper json, Clock clock,
                       @ConfigProperty(name = "portal.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.retention = retention;
    }

    @Transactional
    public Response create(String caller, String key, String operation, Object request, Supplier<? extends Created<?>> action) {
        if (key == null || key.isBlank()) {
            return created(action.get());
        }
        if (key.length() > 200) {
            throw ApiProblem.badRequest("idempotency-key", "Idempotency-Key is longer than 200 characters");
        }
        String hash = hash(operation, request);
        Instant now = clock.instant();
        // claims the key if it is new or its record has expired (not yet swept)
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_record (caller, key, request_hash, status, body, created_at)
                        values (?1, ?2, ?3, 0, '', ?4)
                        on conflict (caller, key) do update
                        set request_hash = excluded.request_hash, status = 0, location = null, body = '',
                            created_at = excluded.created_at
                        where idempotency_record.created_at <= ?5""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, hash).setParameter(4, now)
                .setParameter(5, now.minus(retention))
                .executeUpdate();
        if (claimed == 0) {
            IdempotencyRecord first = IdempotencyRecord.findById(new IdempotencyRecord.Id(caller, key));
            if (!first.requestHash.equals(hash)) {
                throw ApiProblem.unprocessable("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different request", null);
            }
            Response.ResponseBuilder replay = Response.status(first.status).entity(first.body)
                    .type(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true");
            return first.location == null ? replay.build() : replay.location(URI.create(first.location)).build();
        }
        Created<?> result = action.get();
        IdempotencyRecord record = IdempotencyRecord.findById(new IdempotencyRecord.Id(caller, key));
        record.status = 201;
        record.location = result.location().toString();
        record.body = write(result.body());
        return created(result);
    }

    /** Deletes the records of keys older than the retention; returns how many. */
    @Transactional
    public int forgetExpired() {
        return (int) IdempotencyRecord.delete("createdAt <= ?1", clock.instant().minus(retention));
    }

    @Scheduled(every = "${portal.idempotency.sweep-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int forgotten = forgetExpired();
        if (forgotten > 0) {
            LOG.infof("Forgot %d expired idempotency key(s)", forgotten);
        }
    }

    private static Response created(Created<?> result) {
        return Response.created(result.location()).entity(result.body()).build();
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
