package org.jointfunding.funding.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.IntFunction;
import org.jointfunding.funding.applications.ApplicationStatus;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;
import org.jointfunding.funding.common.QueryValues;

import java.util.ArrayList;
import java.util.List;

/** Reads the audit trail: ADMIN reads all of it, an agency admin the entries of calls its agency funds. */
@ApplicationScoped
public class AuditService {

    private final Caller caller;

    public AuditService(Caller caller) {
        this.caller = caller;
    }

    public Page<AuditView> list(AuditFilter filter, int limit, int offset) {
        Query query = query(filter);
        var found = AuditEntry.<AuditEntry>find(query.text, Sort.by("occurredAt").and("id"), query.params);
        return Page.read(found, limit, offset).map(AuditView::of);
    }

    /**
     * One page of the export. The caller's identity is read here, on the request thread, before streaming starts.
     */
    public IntFunction<List<List<Object>>> exporter(AuditFilter filter, int pageSize) {
        Query query = query(filter);
        return offset -> QuarkusTransaction.requiringNew().call(() ->
                AuditEntry.<AuditEntry>find(query.text, Sort.by("occurredAt").and("id"), query.params)
                        .range(offset, offset + pageSize - 1).list().stream().map(e -> AuditView.of(e).csvRow()).toList());
    }

    private record Query(String text, Parameters params) {
    }

    private Query query(AuditFilter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.isAdmin()) {
            where.add("a.callId in (select f.call.id from Funder f where f.agencyCode = :agency)");
            params.and("agency", caller.agency().orElse(""));
            // a draft is its startup's own until submitted, its trail too (as the application endpoints hide it)
            where.add("a.aggregateId not in (select cast(p.id as String) from Application p where p.status = :draft)");
            params.and("draft", ApplicationStatus.DRAFT);
        }
        add(where, params, "a.aggregateType = :type", "type", filter.aggregateType);
        add(where, params, "a.aggregateId = :aggregate", "aggregate", filter.aggregateId);
        add(where, params, "a.callId = :call", "call", QueryValues.uuid("callId", filter.callId));
        add(where, params, "a.actor = :actor", "actor", filter.actor);
        add(where, params, "a.action = :action", "action", filter.action);
        add(where, params, "a.occurredAt >= :from", "from", QueryValues.instant("from", filter.from));
        add(where, params, "a.occurredAt < :to", "to", QueryValues.instant("to", filter.to));
        return new Query("from AuditEntry a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), params);
    }

    private static void add(List<String> where, Parameters params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }
}
