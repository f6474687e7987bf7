package org.jointfunding.identity.accounts;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.identity.common.Role;

import java.util.Set;

/** The complete new role set of an account (replaces the old one; If-Match names the version it was based on). */
@Schema(example = "{\"roles\":[\"REVIEWER\"],\"agency\":\"MY-MIDA\"}")
public record RoleGrant(
        @NotEmpty Set<@NotNull Role> roles,
        @Schema(description = "Agency code (e.g. MY-MIDA); required with REVIEWER or AGENCY_ADMIN, refused otherwise") String agency) {
}
