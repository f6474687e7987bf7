package org.jointfunding.mentorship.matching;

import com.google.ortools.Loader;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A platform without OR-Tools' natives fails the start instead of the first matching run; the
 * natives themselves are loaded by that run (see {@link OrToolsNatives}).
 */
@ApplicationScoped
class SolverAtStartup {

    void check(@Observes StartupEvent started) {
        OrToolsNatives.requireBundled(Loader.class.getClassLoader());
    }
}
