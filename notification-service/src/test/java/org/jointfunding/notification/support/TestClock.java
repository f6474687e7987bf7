package org.jointfunding.notification.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jointfunding.testkit.OffsetClock;

/** The service's clock in tests: a test may move it, then reset it. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends OffsetClock {
}
