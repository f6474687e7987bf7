package org.jointfunding.notification.mail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.notification.notices.Kind;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "One e-mail on its way")
public record EmailView(UUID id, Kind kind, @Schema(description = "The account it goes to, or null") String recipientId,
                        @Schema(description = "The bare address it goes to, for a recipient without an account") String address,
                        @Schema(examples = "DEAD_LETTERED") EmailDelivery.Status status, int attempts, String lastError,
                        Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

    static EmailView of(EmailDelivery d) {
        return new EmailView(d.id, d.kind, d.recipientId, d.address, d.status, d.attempts, d.lastError, d.createdAt,
                d.nextAttemptAt, d.sentAt);
    }
}
