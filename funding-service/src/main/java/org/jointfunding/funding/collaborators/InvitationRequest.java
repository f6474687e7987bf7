package org.jointfunding.funding.collaborators;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Invite a partner startup, by the e-mail address it signs in with, to work on the draft")
public record InvitationRequest(
        @Schema(examples = "founder@shalizar.example") @NotBlank @Email @Size(max = 254) String email,
        @Schema(description = "A note for the partner", examples = "Join us on the green fintech call: you lead the Iranian work package.")
        @Size(max = 1000) String message) {
}
