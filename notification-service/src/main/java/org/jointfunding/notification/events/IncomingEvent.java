package org.jointfunding.notification.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The envelope the other services' outbox relays deliver. */
@Schema(name = "IntegrationEvent")
public record IncomingEvent(
        @NotNull UUID id,
        @Schema(examples = "ApplicationStatusChanged") @NotBlank @Size(max = 60) String type,
        @Size(max = 64) String aggregateId,
        Instant occurredAt,
        @Schema(description = "The event's own data; its shape depends on type") JsonNode data) {
}
