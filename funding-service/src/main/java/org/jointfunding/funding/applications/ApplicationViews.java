package org.jointfunding.funding.applications;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.funding.agencies.Agency;
import org.jointfunding.funding.calls.CallViews;
import org.jointfunding.funding.calls.Funder;
import org.jointfunding.funding.calls.JointCall;
import org.jointfunding.funding.common.KeptReads;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Applications as {@link ApplicationReads} reads them, kept in memory ({@link KeptReads}). An application's change
 * drops it (the triggers of migration V13 announce it on channel {@code application_changed}); a change to any
 * call or agency drops them all, since an application shows its call's title, closing instant and funders. Who
 * may read an application is decided on every read, after this, from what was read.
 */
@Startup
@ApplicationScoped
public class ApplicationViews {

    private static final String CHANNEL = "application_changed";

    private final KeptReads.Kept<UUID, ApplicationReads.Readable> applications;   // a view is 1-5 KB

    public ApplicationViews(KeptReads kept) {
        this.applications = kept.store("application", 2_000);
        kept.onEntityChange(Application.class, (application, id) -> kept.onCommit(() -> applications.drop((UUID) id)));
        kept.onNotification(CHANNEL, application -> applications.drop(UUID.fromString(application)));
        kept.onEntityChange(JointCall.class, (call, id) -> kept.onCommit(applications::dropAll));
        kept.onEntityChange(Funder.class, (funder, id) -> kept.onCommit(applications::dropAll));
        kept.onEntityChange(Agency.class, (agency, id) -> kept.onCommit(applications::dropAll));
        kept.onNotification(CallViews.CHANNEL, call -> applications.dropAll());
    }

    Optional<ApplicationReads.Readable> byId(UUID id, Function<UUID, Optional<ApplicationReads.Readable>> read) {
        return Optional.ofNullable(applications.get(id, key -> read.apply(key).orElse(null)));
    }
}
