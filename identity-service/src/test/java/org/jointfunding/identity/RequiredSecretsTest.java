package org.jointfunding.identity;

import org.junit.jupiter.api.Test;

import static org.jointfunding.testkit.RequiredSettings.assertRequiredOutsideDevAndTest;

/** A deployment under any profile but dev and test must bring its own secrets. */
class RequiredSecretsTest {

    @Test
    void theEventsCredentialHasNoDefaultOutsideDevAndTest() {
        assertRequiredOutsideDevAndTest("portal.events.credential");
    }
}
