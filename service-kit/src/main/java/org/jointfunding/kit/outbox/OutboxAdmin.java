package org.jointfunding.kit.outbox;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Page;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What an administrator does with a service's outbox: list events (dead-lettered ones first of all), inspect, retry. */
@ApplicationScoped
public class OutboxAdmin {

    private final Clock clock;

    public OutboxAdmin(Clock clock) {
        this.clock = clock;
    }

    /** Newest first; {@code status} and {@code destination} filter when given. */
    public Page<OutboxEventView> list(OutboxEvent.Status status, String destination, int limit, int offset) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (destination != null) {
            where.add("destination = :destination");
            params.and("destination", destination);
        }
        var found = OutboxEvent.<OutboxEvent>find(where.isEmpty() ? "" : String.join(" and ", where),
                Sort.descending("seq"), params);
        return Page.read(found, limit, offset).map(OutboxEventView::of);
    }

    public OutboxEventView get(long seq) {
        return OutboxEventView.of(find(seq));
    }

    /** Puts a dead-lettered event back in line, with a fresh count of attempts. */
    @Transactional
    public OutboxEventView retry(long seq) {
        OutboxEvent event = find(seq);
        if (event.status != OutboxEvent.Status.DEAD_LETTERED) {
            throw ApiProblem.illegalTransition("event", event.status, "retry");
        }
        event.status = OutboxEvent.Status.PENDING;
        event.attempts = 0;
        event.nextAttemptAt = clock.instant();
        return OutboxEventView.of(event);
    }

    private static OutboxEvent find(long seq) {
        OutboxEvent event = OutboxEvent.findById(seq);
        if (event == null) {
            throw ApiProblem.notFound("event", seq);
        }
        return event;
    }
}
