package org.jointfunding.identity.accounts;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an ADMIN disables, enables or unlocks an account, or resets its password (kept in the audit trail). */
@Schema(example = "{\"reason\":\"Left the agency\"}")
public record StatusChange(@Size(max = 300) String reason) {
}
