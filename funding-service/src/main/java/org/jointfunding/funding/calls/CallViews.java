package org.jointfunding.funding.calls;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.funding.agencies.Agency;
import org.jointfunding.funding.common.KeptReads;
import org.jointfunding.kit.Page;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls' views and pages of calls kept in memory ({@link KeptReads}): reading a call is the portal's most frequent
 * request. A call's change drops its view and every page, since a change can move a call in or out of any page;
 * an agency's change drops them all (its country and currency show in every call it funds). The triggers of
 * migration V12 announce every change on channel {@code call_changed}, with the call's id or {@code *}. Who may
 * see a call is decided on every read, after this: it keeps data, never a decision.
 */
@Startup
@ApplicationScoped
public class CallViews {

    public static final String CHANNEL = "call_changed";

    /** The query of a page: its SQL conditions and their parameters (arrays compared by content), limit, offset. */
    record PageQuery(List<String> where, List<Object> parameters, int limit, int offset) {
        PageQuery {
            where = List.copyOf(where);
            parameters = parameters.stream().map(p -> p instanceof Object[] array ? Arrays.asList(array) : p).toList();
        }
    }

    private final KeptReads.Kept<UUID, CallView> calls;   // a view is 1-3 KB
    private final KeptReads.Kept<PageQuery, Page<CallView>> pages;   // up to 50 views
    private final KeptReads kept;

    public CallViews(KeptReads kept) {
        this.kept = kept;
        this.calls = kept.store("call", 2_000);
        this.pages = kept.store("call-page", 200);
        kept.onEntityChange(JointCall.class, (call, id) -> changing((UUID) id));
        kept.onEntityChange(Funder.class, (funder, id) -> changing(funder.call.id));
        kept.onEntityChange(Agency.class, (agency, id) -> kept.onCommit(this::dropAll));
        kept.onNotification(CHANNEL, call -> {
            if ("*".equals(call)) {
                dropAll();
            } else {
                drop(UUID.fromString(call));
            }
        });
    }

    Optional<CallView> byId(UUID id, Function<UUID, Optional<CallView>> read) {
        return Optional.ofNullable(calls.get(id, key -> read.apply(key).orElse(null)));
    }

    Page<CallView> page(PageQuery query, Supplier<Page<CallView>> read) {
        return pages.get(query, key -> read.get());
    }

    /** Call {@code id} changes in the current transaction: what is kept of it goes when it commits. */
    public void changing(UUID id) {
        kept.onCommit(() -> drop(id));
    }

    private void drop(UUID id) {
        calls.drop(id);
        pages.dropAll();
    }

    private void dropAll() {
        calls.dropAll();
        pages.dropAll();
    }
}
