package org.jointfunding.identity.audit;

import java.time.Instant;

/** A security event as ADMINs read it. */
public record AuditEventView(long id, Instant occurredAt, AuditType type, String actor, String target,
                             String fromState, String toState, String detail) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.type, e.actor, e.target, e.fromState, e.toState, e.detail);
    }
}
