package org.jointfunding.mentorship.matches;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.kit.outbox.OutboxEvent;
import org.jointfunding.mentorship.Api;
import org.jointfunding.mentorship.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.mentorship.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What mentorship tells notification-service: each step of a match, with both parties' accounts, in the same transaction. */
@QuarkusTest
class MatchEventsTest {

    @Inject
    TestClock clock;

    private final TestTokens admin = TestTokens.user("ADMIN");

    private static List<OutboxEvent> eventsOf(String match) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("aggregateId = ?1 and destination = ?2 order by seq", match, "notifications"));
    }

    @Test
    void aProposalItsAcceptanceASessionAndFeedbackAreEachAnEventForTheOtherParty() {
        String program = Api.program(admin, clock.instant());
        TestTokens mentor = Api.mentor(Api.profile(List.of("payments"), List.of("fintech"), List.of("en"), List.of("MY"),
                "Asia/Kuala_Lumpur", 1));
        Api.join(mentor, program);
        TestTokens startup = TestTokens.user("STARTUP").displayName("GreenPay");
        Map<String, Object> ask = Api.ask(List.of("payments"), "fintech", List.of("en"), "MY");
        ask.put("programId", program);
        Api.request(startup, ask);
        String match = as(admin).body(Map.of("programId", program)).post("/api/mentorship/matching-runs").then().statusCode(201)
                .extract().path("proposals[0].matchId");

        as(mentor).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(200);
        as(startup).body(Map.of("heldOn", LocalDate.now(clock).toString(), "durationMinutes", 45, "notes", "Pricing"))
                .post("/api/mentorship/matches/" + match + "/sessions").then().log().ifValidationFails().statusCode(201);
        as(mentor).body(Map.of("rating", 5, "comment", "Sharp team")).post("/api/mentorship/matches/" + match + "/feedback")
                .then().statusCode(201);

        List<OutboxEvent> events = eventsOf(match);
        assertEquals(List.of("MatchProposed", "MatchAccepted", "SessionLogged", "FeedbackReceived"), events.stream().map(e -> e.type).toList());
        assertTrue(events.get(0).payload.contains("\"startupId\":\"" + startup.subject() + "\""), events.get(0).payload);
        assertTrue(events.get(0).payload.contains("\"mentorAccountId\":\"" + mentor.subject() + "\""), events.get(0).payload);
        assertTrue(events.get(0).payload.contains("\"sector\":\"fintech\""), events.get(0).payload);
        assertTrue(events.get(2).payload.contains("\"otherPartyId\":\"" + mentor.subject() + "\""), events.get(2).payload);
        assertTrue(events.get(3).payload.contains("\"otherPartyId\":\"" + startup.subject() + "\""), events.get(3).payload);

        long seq = events.get(0).seq;
        as(admin).queryParam("destination", "notifications").get("/api/mentorship/admin/events").then().statusCode(200);
        as(admin).get("/api/mentorship/admin/events/" + seq).then().statusCode(200).body("type", equalTo("MatchProposed"));
        as(admin).post("/api/mentorship/admin/events/" + seq + "/retry").then().statusCode(409);
        as(mentor).get("/api/mentorship/admin/events").then().statusCode(403);
        as(admin).queryParam("status", "LOST").get("/api/mentorship/admin/events").then().statusCode(400);
    }
}
