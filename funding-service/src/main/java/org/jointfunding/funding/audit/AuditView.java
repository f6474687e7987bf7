package org.jointfunding.funding.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(description = "One audited state change or decision")
public record AuditView(long id, Instant occurredAt, String actor,
                        @Schema(description = "The actor's name (or e-mail) as their token gave it when they acted; "
                                + "null for the portal's own jobs (actor \"system\") and for entries older than this field")
                        String actorName, @Schema(examples = "APPLICATION") String aggregateType,
                        String aggregateId, UUID callId, @Schema(examples = "submit") String action,
                        @Schema(examples = "DRAFT") String from, @Schema(examples = "SUBMITTED") String to, String reason,
                        @Schema(description = "When the portal itself gave the reason: the same as values, for a reader that words "
                                + "it in its own language. `says` names the sentence (budget, budget-capped, closing-moved, closing-passed, all-agreed, "
                                + "reviewer-assigned, disqualified, all-approved, share-refused, decided-without-award, evaluation-started, file), "
                                + "the other keys are its values. Null for reasons people wrote and for older entries",
                                examples = "{\"says\": \"budget-capped\", \"budget\": \"50000000000.00\", "
                                        + "\"maxRequest\": \"10000000000.00\", \"currency\": \"IRR\"}")
                        Map<String, String> facts) {

    static final List<String> CSV_HEADER = List.of("id", "occurredAt", "actor", "actorName", "aggregateType", "aggregateId", "callId",
            "action", "from", "to", "reason");

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id, e.occurredAt, e.actor, e.actorName, e.aggregateType, e.aggregateId, e.callId, e.action,
                e.fromState, e.toState, e.reason, e.facts);
    }

    List<Object> csvRow() {
        return java.util.Arrays.asList(id, occurredAt, actor, actorName, aggregateType, aggregateId, callId, action, from, to, reason);
    }
}
