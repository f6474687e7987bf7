package org.jointfunding.funding.collaborators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Invite another STARTUP account (a consortium partner) to edit the draft")
public record Invitation(@Schema(description = "The partner startup's account id", examples = "0b6f0a52-5f4e-4c8e-9f0e-1d2c3b4a5e6f")
                         @NotBlank @Size(max = 200) String startupId) {
}
