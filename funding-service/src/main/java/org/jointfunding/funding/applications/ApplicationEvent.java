package org.jointfunding.funding.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.funding.audit.AuditEntry;

import java.time.Instant;

@Schema(description = "One step in an application's history, from the audit trail; who acted is not shown to applicants")
public record ApplicationEvent(
        @Schema(examples = "submit") String action,
        @Schema(examples = "DRAFT") String from,
        @Schema(examples = "SUBMITTED") String to,
        Instant occurredAt,
        @Schema(description = "Why, where the action takes a reason (withdraw, refuse-share)") String reason) {

    static ApplicationEvent of(AuditEntry entry) {
        return new ApplicationEvent(entry.action, entry.fromState, entry.toState, entry.occurredAt, entry.reason);
    }
}
