package org.jointfunding.funding.calls;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A later closing instant for an OPEN call, and why (kept in the audit trail). */
public record CallExtension(
        @NotNull @Schema(examples = "2027-03-31T16:00:00Z") Instant closesAt,
        @Size(max = 2000) @Schema(examples = "Extended at the request of both agencies after the holiday period") String reason) {
}
