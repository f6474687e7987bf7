package org.jointfunding.mentorship.common;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional "why" of a state change, kept in the audit trail. */
@Schema(name = "Reason")
public record ReasonRequest(@Size(max = 2000) @Schema(examples = "No time this quarter") String reason) {

    public static String of(ReasonRequest input) {
        return input == null ? null : input.reason();
    }
}
