package org.jointfunding.funding.support;

import io.restassured.RestAssured;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jointfunding.funding.outbox.MentorshipEventSender;

import java.net.URI;

/** Sends events to {@link MentorshipReceiver} on the test server, whose port is only known once it runs. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestMentorshipEventSender extends MentorshipEventSender {

    @Override
    protected URI endpoint() {
        return URI.create("http://localhost:" + RestAssured.port + "/test-mentorship/internal/events");
    }
}
