package org.jointfunding.kit.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The envelope every service's outbox relay delivers to another's {@code /internal/events}. */
@Schema(name = "IntegrationEvent")
public record IncomingEvent(
        @NotNull UUID id,
        @Schema(examples = "ApplicationAwarded") @NotBlank @Size(max = 64) String type,
        @Size(max = 64) String aggregateId,
        Instant occurredAt,
        @Schema(description = "The event's own data; its shape depends on type") JsonNode data) {
}
