package org.jointfunding.mentorship.audit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Writes state changes in the caller's transaction, so a change and its record stand or fall together. */
@ApplicationScoped
public class AuditTrail {

    /** The actor of changes the service makes on its own (expiry sweep, award events). */
    public static final String SYSTEM = "system";

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, UUID aggregateId, String actor, Object from, Object to, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.aggregateType = aggregateType;
        entry.aggregateId = aggregateId;
        entry.actor = actor;
        entry.at = clock.instant();
        entry.fromState = from == null ? null : from.toString();
        entry.toState = to.toString();
        entry.reason = reason;
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditView> of(UUID aggregateId) {
        return AuditEntry.<AuditEntry>list("aggregateId", Sort.by("id"), aggregateId).stream()
                .map(e -> new AuditView(e.actor, e.at, e.fromState, e.toState, e.reason)).toList();
    }
}
