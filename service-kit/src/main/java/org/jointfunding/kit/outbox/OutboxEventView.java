package org.jointfunding.kit.outbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One event on its way to one receiver, as an administrator sees it. */
public record OutboxEventView(
        @Schema(description = "Its place in the outbox; what the admin endpoints take") long seq,
        @Schema(description = "The event's id, the same for every receiver") UUID id,
        @Schema(examples = "notifications") String destination,
        @Schema(examples = "ApplicationAwarded") String type,
        String aggregateId,
        @Schema(examples = "DEAD_LETTERED") OutboxEvent.Status status,
        int attempts,
        @Schema(examples = "HTTP 400") String lastError,
        Instant occurredAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        @Schema(description = "The JSON body sent to the receiver") String payload) {

    static OutboxEventView of(OutboxEvent e) {
        return new OutboxEventView(e.seq, e.id, e.destination, e.type, e.aggregateId, e.status, e.attempts, e.lastError,
                e.occurredAt, e.nextAttemptAt, e.deliveredAt, e.payload);
    }
}
