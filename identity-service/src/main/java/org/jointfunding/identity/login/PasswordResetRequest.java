package org.jointfunding.identity.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"email\":\"founder@paddy.demo\",\"resetCode\":\"7QK2-M9XD-4R1T-HV0B-ZP6E\",\"newPassword\":\"purple mountain tea kettle\"}")
public record PasswordResetRequest(@NotBlank @Size(max = 254) String email,
                                   @NotBlank @Size(max = 64) String resetCode,
                                   @NotBlank @Size(max = 1024) String newPassword) {
}
