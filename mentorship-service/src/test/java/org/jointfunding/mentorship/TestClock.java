package org.jointfunding.mentorship;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.jointfunding.testkit.OffsetClock;

/** The service's clock in tests: tests move it forward instead of sleeping. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends OffsetClock {
}
