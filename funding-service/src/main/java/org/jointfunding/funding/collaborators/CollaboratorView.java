package org.jointfunding.funding.collaborators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A partner startup that works on the application, as it accepted the invitation")
public record CollaboratorView(
        @Schema(description = "Its account id") String startupId,
        @Schema(examples = "founder@shalizar.example") String email,
        @Schema(examples = "Shalizar Fintech Co") String displayName,
        Instant joinedAt) {
}
