package org.jointfunding.mentorship.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "AuditEntry", description = "One action and the state change it made")
public record AuditView(
        @Schema(examples = "decline") String action,
        @Schema(examples = "a3c1e6d2-4b7f-4a51-9d3e-0f6c1f0b2a77") String actor,
        Instant at,
        @Schema(examples = "PROPOSED") String from,
        @Schema(examples = "DECLINED") String to,
        @Schema(examples = "No time this quarter") String reason) {
}
