package org.jointfunding.funding.common;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a state-changing action: why, for the audit trail. */
@Schema(description = "Why this action is taken; kept in the audit trail")
public record Reason(@Schema(examples = "Budget round approved by both boards") @Size(max = 2000) String reason) {

    public static String of(Reason body) {
        return body == null ? null : body.reason();
    }
}
