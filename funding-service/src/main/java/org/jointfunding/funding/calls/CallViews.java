package org.jointfunding.funding.calls;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jointfunding.kit.Page;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls' views and pages of calls as the database last showed them, so that reading a call, the portal's most
 * frequent request, seldom reaches the database (docs/PERFORMANCE.md, "Calls from memory"). What is kept is
 * dropped:
 * <ul>
 *   <li>when a transaction of this process that changes a call commits, before its response leaves
 *       ({@link CallChanges}, and the awards' budget ledger), so whoever changed a call reads the change;</li>
 *   <li>when the database announces a change made elsewhere: another instance, or SQL by hand
 *       ({@link CallChangeListener}), within milliseconds of its commit.</li>
 * </ul>
 * While the listener is not connected nothing is kept, and every read goes to the database. A page is dropped
 * with any change to any call, since a change can move a call in or out of it. Who may see what is decided on
 * every read, after this cache: it holds the data, never a decision.
 */
@ApplicationScoped
public class CallViews {

    /** Bounds memory: a view is 1-3 KB, a page up to 50 views. */
    private static final int MAX_CALLS = 2_000;
    private static final int MAX_PAGES = 200;

    /** The query of a page: its SQL conditions and their parameters (arrays compared by content), limit, offset. */
    record PageQuery(List<String> where, List<Object> parameters, int limit, int offset) {
        PageQuery {
            where = List.copyOf(where);
            parameters = parameters.stream().map(p -> p instanceof Object[] array ? Arrays.asList(array) : p).toList();
        }
    }

    private final Cache<UUID, CallView> calls = Caffeine.newBuilder().maximumSize(MAX_CALLS).executor(Runnable::run).build();
    private final Cache<PageQuery, Page<CallView>> pages = Caffeine.newBuilder().maximumSize(MAX_PAGES).executor(Runnable::run).build();
    /** Counts every drop; a read that saw it move while it was reading the database keeps nothing. */
    private final AtomicLong drops = new AtomicLong();
    private volatile boolean listening;

    private final TransactionSynchronizationRegistry transactions;
    private final Counter fromMemory;
    private final Counter fromDatabase;

    public CallViews(TransactionSynchronizationRegistry transactions, MeterRegistry registry) {
        this.transactions = transactions;
        this.fromMemory = reads(registry, "memory");
        this.fromDatabase = reads(registry, "database");
    }

    private static Counter reads(MeterRegistry registry, String source) {
        return Counter.builder("portal.call.reads").description("Reads of a call or a page of calls, by where they were answered from")
                .tag("source", source).register(registry);
    }

    /** The view of call {@code id}, from memory or from {@code read}; an unknown id is not remembered. */
    public Optional<CallView> byId(UUID id, Function<UUID, Optional<CallView>> read) {
        CallView kept = listening ? calls.getIfPresent(id) : null;
        if (kept != null) {
            fromMemory.increment();
            return Optional.of(kept);
        }
        long before = drops.get();
        Optional<CallView> view = read.apply(id);
        fromDatabase.increment();
        view.ifPresent(v -> keep(before, () -> calls.put(id, v)));
        return view;
    }

    /** The page for {@code query}, from memory or from {@code read}. */
    public Page<CallView> page(PageQuery query, Supplier<Page<CallView>> read) {
        Page<CallView> kept = listening ? pages.getIfPresent(query) : null;
        if (kept != null) {
            fromMemory.increment();
            return kept;
        }
        long before = drops.get();
        Page<CallView> page = read.get();
        fromDatabase.increment();
        keep(before, () -> pages.put(query, page));
        return page;
    }

    private synchronized void keep(long dropsBefore, Runnable put) {
        if (listening && drops.get() == dropsBefore) {
            put.run();
        }
    }

    /** Call {@code id} changes in the current transaction: its view and every page are dropped when it commits. */
    public void changing(UUID id) {
        changes().calls.add(id);
    }

    /** Something every call shows changes in the current transaction (an agency's country or currency). */
    public void changingAll() {
        changes().all = true;
    }

    private static final class Changes implements Synchronization {
        final Set<UUID> calls = new HashSet<>();
        boolean all;
        private final CallViews views;

        Changes(CallViews views) {
            this.views = views;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            if (all) {
                views.dropAll();
            } else {
                calls.forEach(views::drop);
            }
        }
    }

    private Changes changes() {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("A change to a call is announced from inside its transaction");
        }
        Changes changes = (Changes) transactions.getResource(Changes.class);
        if (changes == null) {
            changes = new Changes(this);
            transactions.putResource(Changes.class, changes);
            transactions.registerInterposedSynchronization(changes);
        }
        return changes;
    }

    /** Call {@code id} changed: its view and every page go. */
    synchronized void drop(UUID id) {
        drops.incrementAndGet();
        calls.invalidate(id);
        pages.invalidateAll();
    }

    synchronized void dropAll() {
        drops.incrementAndGet();
        calls.invalidateAll();
        pages.invalidateAll();
    }

    /** Whether changes made elsewhere are heard now; when they stop being heard, nothing kept can be trusted. */
    void listening(boolean listening) {
        this.listening = false;
        dropAll();
        this.listening = listening;
    }
}
