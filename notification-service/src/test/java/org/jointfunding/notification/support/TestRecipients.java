package org.jointfunding.notification.support;

import io.restassured.RestAssured;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jointfunding.notification.recipients.Recipients;

/** Asks {@link TestIdentity} on the test server, whose port is only known once it runs. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestRecipients extends Recipients {

    @Override
    protected String identityUrl() {
        return "http://localhost:" + RestAssured.port + "/test-identity";
    }
}
