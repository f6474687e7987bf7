package org.jointfunding.funding.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jointfunding.kit.ApiProblem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Creates honour {@code Idempotency-Key}: the same key from the same caller gets the first
 * response again and no second object. The key row is inserted first, in the create's own
 * transaction, so a concurrent retry waits for the first attempt and then replays it.
 */
@ApplicationScoped
public class Idempotency {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public Idempotency(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
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
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_record (caller, key, request_hash, status, body, created_at)
                        values (?1, ?2, ?3, 0, '', ?4) on conflict do nothing""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, hash).setParameter(4, clock.instant())
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
