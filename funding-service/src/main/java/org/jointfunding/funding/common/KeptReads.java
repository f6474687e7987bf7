package org.jointfunding.funding.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What frequent reads found in the database, kept in memory until a change drops it (docs/funding.md, "Calls and
 * applications are read from memory"). A feature makes a {@link Kept} store for each kind of read and says what
 * drops its entries:
 * <ul>
 *   <li>{@link #onEntityChange}: an entity of this process changes; {@link ChangedEntities} reports it, and the
 *       drop runs when the transaction commits, before its response leaves, so whoever changed something reads
 *       the change in the next request ({@link #onCommit} does the same for SQL written by hand);</li>
 *   <li>{@link #onNotification}: the database announces a change on a channel (a trigger's NOTIFY), heard by
 *       {@link ChangeListener} within moments of its commit: a change by another instance, or by hand.</li>
 * </ul>
 * While the listener is not connected nothing is kept, and every read goes to the database. A read that overlaps
 * any drop keeps nothing, so no read from before a change is kept after it.
 */
@ApplicationScoped
public class KeptReads {

    private final TransactionSynchronizationRegistry transactions;
    private final MeterRegistry registry;
    private final List<Kept<?, ?>> stores = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, List<BiConsumer<Object, Object>>> entityHandlers = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<String>>> channelHandlers = new ConcurrentHashMap<>();
    /** Counts every drop. */
    private final AtomicLong drops = new AtomicLong();
    private volatile boolean listening;

    public KeptReads(TransactionSynchronizationRegistry transactions, MeterRegistry registry) {
        this.transactions = transactions;
        this.registry = registry;
    }

    /** A store of at most {@code maxSize} entries; {@code what} names it in {@code portal_kept_reads_total{what,source}}. */
    public <K, V> Kept<K, V> store(String what, int maxSize) {
        Kept<K, V> store = new Kept<>(what, maxSize);
        stores.add(store);
        return store;
    }

    /** Calls {@code handler} with an entity of type {@code type} (or a subtype) and its id when it changes. */
    @SuppressWarnings("unchecked")
    public <E> void onEntityChange(Class<E> type, BiConsumer<E, Object> handler) {
        entityHandlers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add((entity, id) -> handler.accept((E) entity, id));
    }

    /** Calls {@code handler} with each notification's payload on {@code channel}; asked at startup ({@code @Startup}). */
    public void onNotification(String channel, Consumer<String> handler) {
        if (listening) {
            throw new IllegalStateException("Channel " + channel + " is asked for after the listener started: make its bean @Startup");
        }
        channelHandlers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** Runs {@code drop} when the current transaction commits. */
    public void onCommit(Runnable drop) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("A change is announced from inside its transaction");
        }
        Drops pending = (Drops) transactions.getResource(Drops.class);
        if (pending == null) {
            pending = new Drops();
            transactions.putResource(Drops.class, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        pending.add(drop);
    }

    private static final class Drops extends ArrayList<Runnable> implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                forEach(Runnable::run);
            }
        }
    }

    /** An entity changes in the current transaction (from {@link ChangedEntities}). */
    void entityChanged(Object entity, Object id) {
        entityHandlers.forEach((type, handlers) -> {
            if (type.isInstance(entity)) {
                handlers.forEach(handler -> handler.accept(entity, id));
            }
        });
    }

    /** The channels {@link ChangeListener} listens on. */
    Iterable<String> channels() {
        return channelHandlers.keySet();
    }

    void heard(String channel, String payload) {
        channelHandlers.getOrDefault(channel, List.of()).forEach(handler -> handler.accept(payload));
    }

    /** Whether changes made elsewhere are heard now; when they stop being heard, nothing kept can be trusted. */
    void listening(boolean listening) {
        this.listening = false;
        stores.forEach(Kept::dropAll);
        this.listening = listening;
    }

    /** One kind of read kept in memory. */
    public final class Kept<K, V> {

        private final Cache<K, V> entries;
        private final Counter fromMemory;
        private final Counter fromDatabase;

        private Kept(String what, int maxSize) {
            // housekeeping on the calling thread: the default hands it to the common pool
            this.entries = Caffeine.newBuilder().maximumSize(maxSize).executor(Runnable::run).build();
            this.fromMemory = counter(what, "memory");
            this.fromDatabase = counter(what, "database");
        }

        private Counter counter(String what, String source) {
            return Counter.builder("portal.kept.reads").description("Frequent reads, by where they were answered from")
                    .tag("what", what).tag("source", source).register(registry);
        }

        /** What {@code key} reads: from memory, or from {@code read} (and then kept unless it is null). */
        public V get(K key, Function<K, V> read) {
            V kept = listening ? entries.getIfPresent(key) : null;
            if (kept != null) {
                fromMemory.increment();
                return kept;
            }
            long before = drops.get();
            V value = read.apply(key);
            fromDatabase.increment();
            if (value != null) {
                synchronized (KeptReads.this) {
                    if (listening && drops.get() == before) {
                        entries.put(key, value);
                    }
                }
            }
            return value;
        }

        public void drop(K key) {
            synchronized (KeptReads.this) {
                drops.incrementAndGet();
                entries.invalidate(key);
            }
        }

        public void dropAll() {
            synchronized (KeptReads.this) {
                drops.incrementAndGet();
                entries.invalidateAll();
            }
        }
    }
}
