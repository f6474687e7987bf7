package org.jointfunding.funding.calls;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jointfunding.kit.Page;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link CallViews} keeps, and when it stops keeping it; the reads from the database are counted. */
class CallViewsTest {

    private final CallViews views = new CallViews(null, new SimpleMeterRegistry());
    private final UUID id = UUID.randomUUID();
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<CallView> read(UUID call) {
        reads.incrementAndGet();
        return Optional.of(view(call, "title " + reads.get()));
    }

    private static CallView view(UUID id, String title) {
        return new CallView(id, title, "", CallStatus.OPEN, List.of("fintech"), Instant.EPOCH, Instant.EPOCH.plusSeconds(60),
                List.of(new CallView.FunderView("MY-A", "MY", "MYR", BigDecimal.TEN, null, BigDecimal.ZERO, true, false)),
                new CallView.EligibilityView(List.of("MY"), 2, 5), List.of(), false, "MY-A", 0);
    }

    private Page<CallView> page() {
        reads.incrementAndGet();
        return new Page<>(List.of(view(id, "title " + reads.get())), 1, 20, 0);
    }

    @Test
    void whileChangesAreNotHeardEveryReadGoesToTheDatabase() {
        views.byId(id, this::read);
        views.byId(id, this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void whileChangesAreHeardACallIsReadOnceUntilItChanges() {
        views.listening(true);
        assertEquals("title 1", views.byId(id, this::read).orElseThrow().title());
        assertEquals("title 1", views.byId(id, this::read).orElseThrow().title());
        assertEquals(1, reads.get());

        views.drop(id);
        assertEquals("title 2", views.byId(id, this::read).orElseThrow().title());
        views.drop(UUID.randomUUID());
        assertEquals("title 2", views.byId(id, this::read).orElseThrow().title(), "another call's change leaves this one");
    }

    @Test
    void aReadThatOverlapsAChangeKeepsNothing() {
        views.listening(true);
        views.byId(id, call -> {
            Optional<CallView> before = read(call); // the database answered before the change committed
            views.drop(call);
            return before;
        });
        assertEquals("title 2", views.byId(id, this::read).orElseThrow().title());
        assertEquals("title 2", views.byId(id, this::read).orElseThrow().title());
    }

    @Test
    void anUnknownCallIsNotKept() {
        views.listening(true);
        views.byId(id, call -> {
            reads.incrementAndGet();
            return Optional.empty();
        });
        assertTrue(views.byId(id, this::read).isPresent());
        assertEquals(2, reads.get());
    }

    @Test
    void pagesGoWithAnyChangeToAnyCall() {
        views.listening(true);
        CallViews.PageQuery query = new CallViews.PageQuery(List.of("c.status = any (?)"), List.of(new String[]{"OPEN", "CLOSED"}), 20, 0);
        CallViews.PageQuery same = new CallViews.PageQuery(List.of("c.status = any (?)"), List.of(new String[]{"OPEN", "CLOSED"}), 20, 0);
        views.page(query, this::page);
        views.page(same, this::page);
        assertEquals(1, reads.get(), "the same query, its array compared by content");

        views.drop(UUID.randomUUID());
        views.page(query, this::page);
        assertEquals(2, reads.get());
    }

    @Test
    void whenChangesStopBeingHeardNothingKeptIsServedAgain() {
        views.listening(true);
        views.byId(id, this::read);
        views.listening(false);
        views.listening(true);
        views.byId(id, this::read);
        assertEquals(2, reads.get());
    }
}
