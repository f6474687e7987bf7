package org.jointfunding.mentorship.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jointfunding.mentorship.Api;
import org.jointfunding.mentorship.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.jointfunding.mentorship.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every create answers 201 with a Location that reads back the object it made, and the ETag it carried. */
@QuarkusTest
class CreatedLocationTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void readsBack(Response created, TestTokens reader) {
        created.then().statusCode(201);
        String location = created.header("Location");
        assertNotNull(location, "no Location on a 201");
        Response read = as(reader).get(URI.create(location).getPath());
        read.then().statusCode(200);
        assertEquals(created.path("id").toString(), read.path("id").toString(), location);
        assertEquals(read.header("ETag"), created.header("ETag"), location);
    }

    @Test
    void everyCreateNamesWhereItsObjectLives() {
        TestTokens admin = TestTokens.user("ADMIN");
        Response program = as(admin).body(Api.programBody(clock.instant())).post("/api/mentorship/programs");
        readsBack(program, admin);

        TestTokens mentor = TestTokens.user("MENTOR");
        Response profile = as(mentor).body(Api.profile(List.of("payments"), List.of("fintech"), List.of("en"), List.of("MY"),
                "Asia/Kuala_Lumpur", 2)).put("/api/mentorship/mentors/me");
        readsBack(profile, mentor);
        Api.join(mentor, program.path("id"));

        TestTokens startup = TestTokens.user("STARTUP");
        Map<String, Object> ask = Api.ask(List.of("payments"), "fintech", List.of("en"), "MY");
        ask.put("programId", program.path("id"));
        Response request = as(startup).body(ask).post("/api/mentorship/requests");
        readsBack(request, startup);

        Response run = as(admin).body(Map.of("programId", program.path("id"))).post("/api/mentorship/matching-runs");
        readsBack(run, admin);

        String match = run.path("proposals[0].matchId");
        as(mentor).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(200);
        Response session = as(mentor).body(Map.of("heldOn", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                "durationMinutes", 45, "notes", "Unit economics")).post("/api/mentorship/matches/" + match + "/sessions");
        readsBack(session, startup);
    }
}
