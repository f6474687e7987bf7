package org.jointfunding.funding.support;

import io.restassured.RestAssured;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jointfunding.kit.outbox.EventSender;

import java.net.URI;

/** Sends events to {@link EventReceivers} on the test server, whose port is only known once it runs. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestEventSender extends EventSender {

    @Override
    protected URI endpoint(String destination) {
        return URI.create("http://localhost:" + RestAssured.port + "/test-receivers/" + destination + "/internal/events");
    }
}
