package org.jointfunding.gateway;

import jakarta.inject.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The one source of time, replaceable in tests. */
@ApplicationScoped
public class GatewayClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
