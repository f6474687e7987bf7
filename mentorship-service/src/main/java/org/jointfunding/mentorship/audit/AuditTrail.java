package org.jointfunding.mentorship.audit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.audit.AuditLog;
import org.jointfunding.kit.audit.AuditRecord;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.jointfunding.kit.audit.AuditRecord.fit;

/** Mentorship's trail: every state change of a mentoring request or a match, read back as its history. */
@ApplicationScoped
public class AuditTrail extends AuditLog<MentorshipAction> {

    public AuditTrail(Clock clock) {
        super(clock);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    protected void store(AuditRecord<MentorshipAction> record) {
        AuditEntry entry = new AuditEntry();
        entry.at = record.at();
        entry.action = record.actionCode();
        entry.aggregateType = record.targetType();
        entry.aggregateId = UUID.fromString(record.target());
        entry.actor = fit(record.actor(), 100);
        entry.fromState = record.from();
        entry.toState = record.to();
        entry.reason = fit(record.detail(), 2000);
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditView> of(UUID aggregateId) {
        return AuditEntry.<AuditEntry>list("aggregateId", Sort.by("id"), aggregateId).stream()
                .map(e -> new AuditView(e.action, e.actor, e.at, e.fromState, e.toState, e.reason)).toList();
    }
}
