package org.jointfunding.funding.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.audit.AuditLog;
import org.jointfunding.kit.audit.AuditRecord;

import java.time.Clock;
import java.util.UUID;

import static org.jointfunding.kit.audit.AuditRecord.fit;

/** Funding's trail: who did what to which agency, call, application or review, within which call. */
@ApplicationScoped
public class AuditTrail extends AuditLog<FundingAction> {

    public AuditTrail(Clock clock) {
        super(clock);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    protected void store(AuditRecord<FundingAction> record) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = record.at();
        entry.actor = fit(record.actor(), 200);
        entry.aggregateType = record.targetType();
        entry.aggregateId = record.target();
        entry.callId = record.scope() == null ? null : UUID.fromString(record.scope());
        entry.action = fit(record.actionCode(), 60);
        entry.fromState = record.from();
        entry.toState = record.to();
        entry.reason = record.detail();
        entry.persist();
    }
}
