package org.jointfunding.funding.collaborators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "An invitation to work on an application, as its owner and its invitee see it")
public record InvitationView(
        UUID id,
        UUID applicationId,
        @Schema(examples = "GreenPay: carbon-aware payments") String applicationTitle,
        @Schema(examples = "Malaysia-Iran Green Fintech 2027") String callTitle,
        @Schema(examples = "founder@shalizar.example") String email,
        String message,
        @Schema(examples = "PENDING") InvitationStatus status,
        @Schema(description = "The inviting startup's display name", examples = "GreenPay Sdn Bhd") String inviterName,
        Instant invitedAt,
        Instant answeredAt) {

    static InvitationView of(ConsortiumInvitation i) {
        return new InvitationView(i.id, i.application.id, i.application.title, i.application.call.title, i.email, i.message,
                i.status, i.inviterName, i.invitedAt, i.answeredAt);
    }
}
