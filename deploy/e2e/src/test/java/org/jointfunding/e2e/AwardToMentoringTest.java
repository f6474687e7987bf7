package org.jointfunding.e2e;

import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An award in funding-service becomes a mentoring request in mentorship-service through the
 * outbox relay, delivered once (FaultsTest: also while mentorship-service is down).
 */
class AwardToMentoringTest {

    static final Duration DELIVERY_WITHIN = Duration.ofSeconds(90);

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void anAwardedStartupGetsExactlyOneMentoringRequest() {
        JointCall call = new JointCall(suite, 1_000_000, 9_000_000_000L);
        Portal.Account startup = call.portal.account("STARTUP", null, "MY");
        String application = call.submitted(startup);
        call.evaluate(List.of(application));

        call.award(application);

        awaitOneMentoringRequest(call, startup, application);
        // the request starts from what the application said, not from the call's sectors
        String item = "items.find { it.applicationId == '" + application + "' }";
        call.portal.as(startup.token()).queryParam("limit", 100).get("/api/mentorship/requests").then()
                .body(item + ".sector", is(JointCall.SECTOR))
                .body(item + ".needs", is(List.of("export", "irrigation")))
                .body(item + ".languages", is(List.of("fa", "ms")))
                .body(item + ".startupName", is("PaddyTech Sdn Bhd"))
                .body(item + ".country", is("MY"));
        // the event as funding really sent it has exactly the fields EventContractTest compares
        String payload = call.portal.as(call.portal.admin()).queryParam("destination", "mentorship").queryParam("limit", 100)
                .get("/api/funding/admin/events").then().statusCode(200)
                .extract().path("items.find { it.aggregateId == '" + application + "' && it.type == 'ApplicationAwarded' }.payload");
        Map<String, Object> data = JsonPath.from(payload).getMap("data");
        assertEquals(new TreeSet<>(EventContractTest.SOURCES.keySet()), new TreeSet<>(data.keySet()));
    }

    static void awaitOneMentoringRequest(JointCall call, Portal.Account startup, String application) {
        Awaitility.await("mentoring request for awarded application " + application)
                .atMost(DELIVERY_WITHIN).pollInterval(Duration.ofSeconds(1))
                .until(() -> call.mentoringRequests(startup, application) >= 1);
        assertEquals(1, call.mentoringRequests(startup, application), "the event was applied more than once");
    }
}
