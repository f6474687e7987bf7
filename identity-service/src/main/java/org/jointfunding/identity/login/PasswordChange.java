package org.jointfunding.identity.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"currentPassword\":\"correct horse battery staple\",\"newPassword\":\"purple mountain tea kettle\"}")
public record PasswordChange(@NotBlank @Size(max = 1024) String currentPassword, @NotBlank @Size(max = 1024) String newPassword) {
}
