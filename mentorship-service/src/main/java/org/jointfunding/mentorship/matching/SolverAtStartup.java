package org.jointfunding.mentorship.matching;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads OR-Tools' natives while the service starts: a platform without them fails the start
 * instead of the first matching run, and no request pays the half second of unpacking.
 */
@ApplicationScoped
class SolverAtStartup {

    void load(@Observes StartupEvent started) {
        OrToolsNatives.ensureLoaded();
    }
}
