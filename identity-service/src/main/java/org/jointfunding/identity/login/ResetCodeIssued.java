package org.jointfunding.identity.login;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "A password reset for one account; the code is shown only in this answer")
public record ResetCodeIssued(UUID accountId,
                              @Schema(examples = "founder@paddy.demo") String email,
                              @Schema(description = "Give it to the person by a channel you trust; it works once", examples = "7QK2-M9XD-4R1T-HV0B-ZP6E") String resetCode,
                              Instant expiresAt) {
}
