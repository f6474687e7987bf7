package org.jointfunding.funding.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.audit.AuditLog;
import org.jointfunding.kit.audit.AuditRecord;

import java.time.Clock;
import java.util.UUID;

import static org.jointfunding.kit.audit.AuditRecord.fit;

/** Funding's trail: who did what to which agency, call, application or review, within which call. */
@ApplicationScoped
public class AuditTrail extends AuditLog<FundingAction> {

    private final Caller caller;

    public AuditTrail(Clock clock, Caller caller) {
        super(clock);
        this.caller = caller;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    protected void store(AuditRecord<FundingAction> record) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = record.at();
        entry.actor = fit(record.actor(), 200);
        entry.actorName = fit(nameOf(record.actor()), 200);
        entry.aggregateType = record.targetType();
        entry.aggregateId = record.target();
        entry.callId = record.scope() == null ? null : UUID.fromString(record.scope());
        entry.action = fit(record.actionCode(), 60);
        entry.fromState = record.from();
        entry.toState = record.to();
        entry.reason = record.detail();
        entry.facts = record.facts();
        entry.persist();
    }

    /**
     * The name people know the actor by, when the actor is the one calling: their token's {@code name} (an API
     * client's name too), else its e-mail. Kept with the entry, so the trail reads the same after a rename.
     */
    private String nameOf(String actor) {
        if (actor == null || !Arc.container().requestContext().isActive() || !actor.equals(caller.id())) {
            return null;
        }
        return caller.name().or(caller::email).orElse(null);
    }
}
