package org.jointfunding.mentorship.programs;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.mentorship.Api;
import org.jointfunding.mentorship.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.mentorship.Api.as;

@QuarkusTest
class ProgramResourceTest {

    @Inject
    TestClock clock;

    @Test
    void agencyAdminsRunProgramsForTheirOwnAgencyOnly() {
        TestTokens mida = TestTokens.user("AGENCY_ADMIN").agency("MY-MIDA");
        Map<String, Object> body = Api.programBody(clock.instant());
        body.put("agency", "IR-ISTT"); // ignored: an agency admin creates for its own agency
        String id = as(mida).body(body).post("/api/mentorship/programs").then().statusCode(201)
                .header("ETag", "\"0\"").body("agency", equalTo("MY-MIDA")).body("applicants", is(0))
                .extract().path("id");

        body.put("cohortSize", 10);
        as(TestTokens.user("AGENCY_ADMIN").agency("IR-ISTT")).body(body).put("/api/mentorship/programs/" + id)
                .then().statusCode(403);
        as(mida).header("If-Match", "\"0\"").body(body).put("/api/mentorship/programs/" + id).then().statusCode(200)
                .body("cohortSize", is(10)).body("version", is(1));
        as(mida).header("If-Match", "\"0\"").body(body).put("/api/mentorship/programs/" + id).then().statusCode(412);
        as(TestTokens.user("ADMIN")).body(body).put("/api/mentorship/programs/" + id).then().statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        as(TestTokens.user("ADMIN")).header("If-Match", "\"1\"").body(body).put("/api/mentorship/programs/" + id)
                .then().statusCode(200).body("version", is(2));

        as(TestTokens.user("STARTUP")).body(body).post("/api/mentorship/programs").then().statusCode(403);
        as(TestTokens.user("MENTOR")).get("/api/mentorship/programs/" + id).then().statusCode(200).body("title", equalTo(body.get("title")));
        as(TestTokens.user("STARTUP")).queryParam("limit", 100).get("/api/mentorship/programs").then().statusCode(200);
        as(TestTokens.user("AGENCY_ADMIN")).body(body).post("/api/mentorship/programs").then().statusCode(403); // no agency claim
        Map<String, Object> byAdmin = Api.programBody(clock.instant());
        byAdmin.put("agency", "IR-ISTT");
        as(TestTokens.user("ADMIN")).body(byAdmin).post("/api/mentorship/programs").then().statusCode(201).body("agency", equalTo("IR-ISTT"));
    }

    @Test
    void invalidProgramsAre400AndRepeatedCreatesAreIdempotent() {
        TestTokens admin = TestTokens.user("ADMIN");
        Map<String, Object> body = Api.programBody(clock.instant());
        body.put("intakeCloses", clock.instant().minusSeconds(5 * 86_400).toString());
        as(admin).body(body).post("/api/mentorship/programs").then().statusCode(400).body("errors[0].field", equalTo("intakeCloses"));
        body = Api.programBody(clock.instant());
        body.put("cohortSize", 0);
        body.remove("title");
        as(admin).body(body).post("/api/mentorship/programs").then().statusCode(400)
                .body("errors.field", hasItem("cohortSize")).body("errors.field", hasItem("title"));
        body = Api.programBody(clock.instant());
        body.put("intakeOpens", "next tuesday");
        as(admin).body(body).post("/api/mentorship/programs").then().statusCode(400).body("errors[0].field", equalTo("intakeOpens"));

        body = Api.programBody(clock.instant());
        String first = as(admin).header("Idempotency-Key", "p1").body(body).post("/api/mentorship/programs").then()
                .statusCode(201).extract().path("id");
        as(admin).header("Idempotency-Key", "p1").body(body).post("/api/mentorship/programs").then().statusCode(201)
                .body("id", equalTo(first));
        as(admin).header("Idempotency-Key", "p1").body(Api.ask(List.of("x"), "fintech", List.of("en"), "MY"))
                .post("/api/mentorship/programs").then().statusCode(400); // body checked first
    }

    @Test
    void startupsApplyWithinTheIntakeWindowUntilTheCohortIsFull() {
        TestTokens admin = TestTokens.user("ADMIN");
        Map<String, Object> body = Api.programBody(clock.instant());
        body.put("cohortSize", 1);
        String program = as(admin).body(body).post("/api/mentorship/programs").then().statusCode(201).extract().path("id");
        Map<String, Object> ask = Api.ask(List.of("x"), "fintech", List.of("en"), "MY");
        ask.put("programId", program);
        Api.request(TestTokens.user("STARTUP"), ask);
        TestTokens late = TestTokens.user("STARTUP");
        as(late).body(ask).post("/api/mentorship/requests").then().statusCode(409).body("type", equalTo("/problems/cohort-full"));
        as(late).get("/api/mentorship/requests").then().body("total", is(0));
        as(admin).get("/api/mentorship/programs/" + program).then().body("applicants", is(1));

        Map<String, Object> future = Api.programBody(clock.instant());
        future.put("intakeOpens", clock.instant().plusSeconds(30L * 86_400).toString());
        String notYet = as(admin).body(future).post("/api/mentorship/programs").then().statusCode(201).extract().path("id");
        ask.put("programId", notYet);
        as(late).body(ask).post("/api/mentorship/requests").then().statusCode(409).body("type", equalTo("/problems/intake-closed"));
        ask.put("programId", java.util.UUID.randomUUID().toString());
        as(late).body(ask).post("/api/mentorship/requests").then().statusCode(400).body("errors[0].field", equalTo("programId"));
    }

    @Test
    void mentorsOptInAndOut() {
        String program = Api.program(TestTokens.user("ADMIN"), clock.instant());
        TestTokens mentor = Api.mentor(Api.profile(List.of("x"), List.of("fintech"), List.of("en"), List.of("MY"), "UTC", 2));
        Api.join(mentor, program);
        Api.join(mentor, program); // idempotent
        TestTokens anyone = TestTokens.user("STARTUP");
        as(anyone).queryParam("programId", program).get("/api/mentorship/mentors").then().body("total", is(1))
                .body("items[0].id", equalTo(Api.mentorId(mentor)));
        as(anyone).get("/api/mentorship/programs/" + program).then().body("mentors", is(1));
        as(mentor).delete("/api/mentorship/programs/" + program + "/mentors/me").then().statusCode(204);
        as(anyone).queryParam("programId", program).get("/api/mentorship/mentors").then().body("total", is(0));

        as(TestTokens.user("MENTOR")).put("/api/mentorship/programs/" + program + "/mentors/me").then().statusCode(409)
                .body("type", equalTo("/problems/no-mentor-profile"));
        as(anyone).put("/api/mentorship/programs/" + program + "/mentors/me").then().statusCode(403);
        as(mentor).put("/api/mentorship/programs/" + java.util.UUID.randomUUID() + "/mentors/me").then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.startsWith("No program"));
        as(anyone).get("/api/mentorship/programs/" + java.util.UUID.randomUUID()).then().statusCode(404).body("errors", nullValue());
    }
}
