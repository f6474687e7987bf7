package org.jointfunding.identity.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.Page;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Writes security events inside the caller's transaction, and reads them back for ADMINs. */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    /** Fluent start of an event; {@link Entry#write()} stores it in the current transaction. */
    public Entry event(AuditType type) {
        return new Entry(type);
    }

    @Transactional
    public Page<AuditEventView> list(AuditType type, String target, int limit, int offset) {
        var query = query(type, target, Sort.descending("id"));
        List<AuditEventView> items = query.range(offset, offset + limit - 1).list().stream()
                .map(AuditEventView::of).toList();
        return new Page<>(items, query.count(), limit, offset);
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

    public final class Entry {
        private final AuditEvent event = new AuditEvent();

        private Entry(AuditType type) {
            event.type = type;
        }

        /** Cut to the column: some actors and targets are what a caller claims (an unknown client id). */
        public Entry actor(String actor) {
            event.actor = actor == null ? null : fit(actor, 80);
            return this;
        }

        public Entry target(Object target) {
            event.target = target == null ? null : fit(target.toString(), 80);
            return this;
        }

        public Entry transition(Object from, Object to) {
            event.fromState = from == null ? null : fit(from.toString(), 200);
            event.toState = to == null ? null : fit(to.toString(), 200);
            return this;
        }

        public Entry detail(String detail) {
            event.detail = detail == null ? null : fit(detail, 500);
            return this;
        }

        /** The columns' sizes: an audit line cut short is better than a change refused because of it. */
        private static String fit(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max);
        }

        /** Needs the caller's transaction (persist fails without one), so the event commits with the change. */
        public void write() {
            event.occurredAt = clock.instant();
            event.persist();
        }
    }
}
