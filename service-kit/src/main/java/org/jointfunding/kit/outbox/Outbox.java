package org.jointfunding.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Appends integration events in the caller's transaction, one row per receiver that takes the
 * type: the event exists exactly when the change does, and each receiver's delivery is tracked on
 * its own (one slow receiver never holds up another).
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;
    private final OpenTelemetry telemetry;
    private final OutboxConfig config;

    public Outbox(ObjectMapper json, Clock clock, OpenTelemetry telemetry, OutboxConfig config) {
        this.json = json;
        this.clock = clock;
        this.telemetry = telemetry;
        this.config = config;
    }

    /** Returns the event's id (the same for every receiver). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, Object aggregateId, Object data) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.put("type", type);
        envelope.put("aggregateId", String.valueOf(aggregateId));
        envelope.put("occurredAt", now.toString());
        envelope.put("data", data);
        String payload;
        try {
            payload = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data must be serialisable", e);
        }
        String traceParent = currentTraceParent();
        config.destinations().forEach((name, destination) -> {
            if (destination.types().contains("*") || destination.types().contains(type)) {
                OutboxEvent event = new OutboxEvent();
                event.id = id;
                event.destination = name;
                event.type = type;
                event.aggregateId = String.valueOf(aggregateId);
                event.occurredAt = now;
                event.status = OutboxEvent.Status.PENDING;
                event.nextAttemptAt = now;
                event.traceParent = traceParent;
                event.payload = payload;
                event.persist();
            }
        });
        return id;
    }

    /** The current trace's W3C traceparent, or null when tracing is off. */
    private String currentTraceParent() {
        Map<String, String> headers = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), headers, Map::put);
        return headers.get("traceparent");
    }
}
