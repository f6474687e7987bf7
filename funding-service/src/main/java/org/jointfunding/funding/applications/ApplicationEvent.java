package org.jointfunding.funding.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.funding.audit.AuditEntry;

import java.time.Instant;
import java.util.Map;

@Schema(description = "One step in an application's history, from the audit trail; who acted is not shown to applicants")
public record ApplicationEvent(
        @Schema(examples = "submit") String action,
        @Schema(examples = "DRAFT") String from,
        @Schema(examples = "SUBMITTED") String to,
        Instant occurredAt,
        @Schema(description = "Why, where the action takes a reason (withdraw, refuse-share)") String reason,
        @Schema(description = "When the portal itself gave the reason: the same as values (as in the audit trail's `facts`)")
        Map<String, String> facts) {

    static ApplicationEvent of(AuditEntry entry) {
        return new ApplicationEvent(entry.action, entry.fromState, entry.toState, entry.occurredAt, entry.reason, entry.facts);
    }
}
