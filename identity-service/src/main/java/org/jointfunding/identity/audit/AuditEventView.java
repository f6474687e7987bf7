package org.jointfunding.identity.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A security event as ADMINs read it. */
public record AuditEventView(long id, Instant occurredAt, AuditType type, String actor, String target,
                             String fromState, String toState, String detail) {

    static final List<String> CSV_HEADER = List.of("id", "occurredAt", "type", "actor", "target", "fromState", "toState", "detail");

    List<Object> csvRow() {
        return Arrays.asList(id, occurredAt, type, actor, target, fromState, toState, detail);
    }

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.type, e.actor, e.target, e.fromState, e.toState, e.detail);
    }
}
