package org.jointfunding.funding.outbox;

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

/** Appends integration events in the caller's transaction: the event exists exactly when the change does. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;
    private final OpenTelemetry telemetry;

    public Outbox(ObjectMapper json, Clock clock, OpenTelemetry telemetry) {
        this.json = json;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(String type, Object aggregateId, Object data) {
        Instant now = clock.instant();
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.aggregateId = String.valueOf(aggregateId);
        event.occurredAt = now;
        event.status = OutboxEvent.Status.PENDING;
        event.nextAttemptAt = now;
        event.traceParent = currentTraceParent();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", event.id);
        envelope.put("type", type);
        envelope.put("aggregateId", event.aggregateId);
        envelope.put("occurredAt", now.toString());
        envelope.put("data", data);
        try {
            event.payload = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data must be serialisable", e);
        }
        event.persist();
        return event;
    }

    /** The current trace's W3C traceparent, or null when tracing is off. */
    private String currentTraceParent() {
        Map<String, String> headers = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), headers, Map::put);
        return headers.get("traceparent");
    }
}
