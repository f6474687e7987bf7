package org.jointfunding.kit;

import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.RunningJobs;
import org.jointfunding.kit.jobs.OncePerPeriod;
import io.quarkus.scheduler.ScheduledExecution;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Creates honour {@code Idempotency-Key}, the same way in every service: the same key from the
 * same caller gets the first response again and no second object; the same key with another
 * request (another operation or body, by its SHA-256) is a 422. The key row is inserted first, in
 * the create's own transaction, so a concurrent retry waits for the first attempt and then replays
 * it. A key is remembered for {@code portal.idempotency.retention}; after that it starts afresh,
 * and a sweep deletes the expired records. Each service has the table {@code idempotency_record}.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final RequestHash requestHash;
    private final Clock clock;
    private final Duration retention;
    private final OncePerPeriod once;

    public Idempotency(EntityManager entityManager, ObjectMapper json, Clock clock, IdempotencyConfig config, OncePerPeriod once) {
        this.entityManager = entityManager;
        this.once = once;
        this.json = json;
        this.requestHash = new RequestHash(json);
        this.clock = clock;
        this.retention = config.retention();
    }

    @Transactional
    public Response create(String caller, String key, String operation, Object request, Supplier<? extends Created<?>> action) {
        if (key == null || key.isBlank()) {
            return created(action.get());
        }
        if (key.length() > 200) {
            throw ApiProblem.badRequest("idempotency-key", "Idempotency-Key is longer than 200 characters");
        }
        String hash = requestHash.of(operation, request);
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
            Object[] first = (Object[]) entityManager.createNativeQuery("""
                            select request_hash, status, location, body, etag from idempotency_record where caller = ?1 and key = ?2""")
                    .setParameter(1, caller).setParameter(2, key).getSingleResult();
            if (!hash.equals(first[0])) {
                throw ApiProblem.unprocessable("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different request", null);
            }
            Response.ResponseBuilder replay = Response.status(((Number) first[1]).intValue()).entity(first[3])
                    .type(MediaType.APPLICATION_JSON).header(REPLAYED_HEADER, "true");
            if (first[4] != null) {
                replay.header(HttpHeaders.ETAG, first[4]);
            }
            return first[2] == null ? replay.build() : replay.location(URI.create((String) first[2])).build();
        }
        Created<?> result = action.get();
        entityManager.createNativeQuery("""
                        update idempotency_record set status = 201, location = ?3, body = ?4, etag = ?5 where caller = ?1 and key = ?2""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, result.location().toString())
                .setParameter(4, write(result.replay())).setParameter(5, result.etag()).executeUpdate();
        return created(result);
    }

    /** Deletes the records of keys older than the retention; returns how many. */
    @Transactional
    public int forgetExpired() {
        return entityManager.createNativeQuery("delete from idempotency_record where created_at <= ?1")
                .setParameter(1, clock.instant().minus(retention)).executeUpdate();
    }

    @FinishedBeforeShutdown
    @Scheduled(identity = "forget-idempotency-keys", every = "${portal.idempotency.sweep-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunningJobs.Stopping.class)
    void sweep(ScheduledExecution execution) {
        once.run(execution, () -> {
            int forgotten = forgetExpired();
            if (forgotten > 0) {
                LOG.infof("Forgot %d expired idempotency key(s)", forgotten);
            }
        });
    }

    private static Response created(Created<?> result) {
        Response.ResponseBuilder response = Response.created(result.location()).entity(result.body());
        return (result.etag() == null ? response : response.header(HttpHeaders.ETAG, result.etag())).build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
