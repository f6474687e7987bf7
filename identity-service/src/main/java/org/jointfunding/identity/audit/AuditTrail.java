package org.jointfunding.identity.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.audit.AuditLog;
import org.jointfunding.kit.audit.AuditRecord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.jointfunding.kit.audit.AuditRecord.fit;

/** Writes security events inside the caller's transaction, and reads them back for ADMINs. */
@ApplicationScoped
public class AuditTrail extends AuditLog<AuditType> {

    public AuditTrail(Clock clock) {
        super(clock);
    }

    /** Cut to the columns: some actors and targets are what a caller claims (an unknown client id). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    protected void store(AuditRecord<AuditType> record) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = record.at();
        event.type = record.action();
        event.actor = fit(record.actor(), 80);
        event.target = fit(record.target(), 80);
        event.fromState = fit(record.from(), 200);
        event.toState = fit(record.to(), 200);
        event.detail = fit(record.detail(), 500);
        event.persist();
    }

    public Page<AuditEventView> list(AuditType type, String target, int limit, int offset) {
        var query = query(type, target, Sort.descending("id"));
        return Page.read(query, limit, offset).map(AuditEventView::of);
    }

    /**
     * Pages of CSV rows for a streamed export, oldest first (events written meanwhile only add rows at
     * the end, so paging by offset neither skips nor repeats one), each page in a transaction of its own.
     */
    public IntFunction<List<List<Object>>> exporter(AuditType type, String target, int pageSize) {
        return offset -> QuarkusTransaction.requiringNew().call(() ->
                query(type, target, Sort.ascending("id")).range(offset, offset + pageSize - 1).list().stream()
                        .map(e -> AuditEventView.of(e).csvRow()).toList());
    }

    private static PanacheQuery<AuditEvent> query(AuditType type, String target, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (type != null) {
            where.add("type = :type");
            params.and("type", type);
        }
        if (target != null && !target.isBlank()) {
            where.add("target = :target");
            params.and("target", target);
        }
        return where.isEmpty() ? AuditEvent.findAll(sort) : AuditEvent.find(String.join(" and ", where), sort, params);
    }
}
