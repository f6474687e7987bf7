package org.jointfunding.funding.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Writes audit entries inside the caller's transaction, so a change and its record stand or fall together. */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String aggregateType, Object aggregateId, UUID callId, String action,
                       Object from, Object to, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.actor = actor;
        entry.aggregateType = aggregateType;
        entry.aggregateId = String.valueOf(aggregateId);
        entry.callId = callId;
        entry.action = action;
        entry.fromState = from == null ? null : from.toString();
        entry.toState = to == null ? null : to.toString();
        entry.reason = reason;
        entry.persist();
    }
}
