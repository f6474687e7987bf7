package org.jointfunding.identity.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.identity.common.Role;

import java.util.Set;
import java.util.TreeSet;

/** A new API client for a script. */
@Schema(example = "{\"name\":\"MIDA nightly export\",\"roles\":[\"AGENCY_ADMIN\"],\"agency\":\"MY-MIDA\"}")
public record ApiClientRequest(
        @NotBlank @Size(max = 120) String name,
        @NotEmpty Set<@NotNull Role> roles,
        @Schema(description = "Agency the client acts for; required with REVIEWER or AGENCY_ADMIN") String agency) {

    /** The same request with its roles in one order, whatever order they came in: what Idempotency-Key compares. */
    public ApiClientRequest normalized() {
        return new ApiClientRequest(name, new TreeSet<>(roles), agency);
    }
}
