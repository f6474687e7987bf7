package org.jointfunding.kit.audit;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one way every service writes its audit trail: {@code event(action)}, then what is known,
 * then {@link Entry#write()}, which stores the entry in the caller's transaction so that a change
 * and its record stand or fall together. Each service stores entries in its own table by
 * implementing {@link #store}.
 */
public abstract class AuditLog<A extends AuditAction> {

    /** The actor of changes a service makes on its own (expiry sweeps, scheduled closings, events). */
    public static final String SYSTEM = "system";

    private final Clock clock;

    protected AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** For the client proxy CDI makes of a service's trail; the proxy hands every call to the real trail. */
    protected AuditLog() {
        this(Clock.systemUTC());
    }

    public Entry event(A action) {
        return new Entry(Objects.requireNonNull(action, "action"));
    }

    /**
     * A sentence code and its values as facts ({@code says}, then the values, nulls left out), for an entry and
     * for an event that tells the same; null for a null sentence.
     */
    public static Map<String, String> facts(String sentence, Object... namesAndValues) {
        if (sentence == null) {
            return null;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("says", sentence);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                facts.put(namesAndValues[i].toString(), namesAndValues[i + 1].toString());
            }
        }
        return Collections.unmodifiableMap(facts);
    }

    /** Persists the entry; called inside the transaction of the change it records. */
    protected abstract void store(AuditRecord<A> entry);

    public final class Entry {
        private final A action;
        private String party;
        private String actor;
        private String targetType;
        private String target;
        private String scope;
        private String from;
        private String to;
        private String detail;
        private Map<String, String> facts;

        private Entry(A action) {
            this.action = action;
        }

        public Entry actor(String actor) {
            this.actor = actor;
            return this;
        }

        /** The party the action was taken for, when it is one of several (the agency approving its share). */
        public Entry party(String party) {
            this.party = party;
            return this;
        }

        public Entry target(Object id) {
            this.target = text(id);
            return this;
        }

        public Entry target(String type, Object id) {
            this.targetType = type;
            return target(id);
        }

        /** The larger object the target belongs to, by which readers filter the trail (a call, for its applications). */
        public Entry within(Object scope) {
            this.scope = text(scope);
            return this;
        }

        public Entry transition(Object from, Object to) {
            this.from = text(from);
            this.to = text(to);
            return this;
        }

        public Entry detail(String detail) {
            this.detail = detail;
            return this;
        }

        /**
         * What the portal says in {@link #detail}, as a sentence code and its values, for readers who word it in
         * their own language: {@code says("budget-capped", "budget", 5000, "maxRequest", 1000)}. Null values are left
         * out; a null sentence says nothing.
         */
        public Entry says(String sentence, Object... namesAndValues) {
            return facts(AuditLog.facts(sentence, namesAndValues));
        }

        /** What {@link AuditLog#facts} made, when the same facts go elsewhere too (an event); null: none. */
        public Entry facts(Map<String, String> facts) {
            this.facts = facts;
            return this;
        }

        public void write() {
            store(new AuditRecord<>(clock.instant(), action, party, actor, targetType, target, scope, from, to, detail, facts));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
