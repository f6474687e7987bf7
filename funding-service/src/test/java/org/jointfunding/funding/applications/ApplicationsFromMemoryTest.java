package org.jointfunding.funding.applications;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.collaborate;
import static org.jointfunding.funding.support.Fixtures.draft;
import static org.jointfunding.funding.support.Fixtures.openCall;
import static org.jointfunding.funding.support.Fixtures.readsFromMemory;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Applications are read from memory (ApplicationViews) and never shown older than the database, and who may read
 * one is decided on every read: keeping an application for its owner never shows it to anyone else.
 */
@QuarkusTest
class ApplicationsFromMemoryTest {

    private static final String APPS = "/api/funding/applications/";

    @Inject
    AgroalDataSource database;

    @Test
    void anApplicationReadAgainIsAnsweredFromMemoryAndOnlyToThoseWhoMayReadIt() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        String id = draft(owner, applicationBody(call, "1000", "2000"));
        as(owner).get(APPS + id).then().statusCode(200);
        double before = readsFromMemory("application");
        as(owner).get(APPS + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        assertEquals(before + 1, readsFromMemory("application"));

        as(startup()).get(APPS + id).then().statusCode(404);
        given().get(APPS + id).then().statusCode(401);
        as(TestTokens.user("AGENCY_ADMIN").agency("XX-NOT-A-FUNDER").bearer()).get(APPS + id).then().statusCode(404);
    }

    @Test
    void whoeverChangesAnApplicationReadsTheChangeInTheNextRequest() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        String id = draft(owner, applicationBody(call, "1000", "2000"));
        as(owner).get(APPS + id).then().statusCode(200).body("requestedAmounts." + call.my(), equalTo(1000f));

        as(owner).header("If-Match", "\"0\"").body(applicationBody(call, "1500", "2000")).put(APPS + id).then().statusCode(200);
        as(owner).get(APPS + id).then().statusCode(200).body("requestedAmounts." + call.my(), equalTo(1500f));

        act(owner, APPS + id + "/submit");
        as(owner).get(APPS + id).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        as(call.myAdmin()).contentType("application/json").body(Map.of("closesAt", Instant.now().plus(Duration.ofDays(400)).toString()))
                .post(call.path() + "/extend").then().statusCode(200);
        String closesAt = as(call.myAdmin()).get(call.path()).then().extract().path("closesAt");
        as(owner).get(APPS + id).then().statusCode(200).body("callClosesAt", equalTo(closesAt));
    }

    @Test
    void aRemovedCollaboratorCanNoLongerReadTheApplication() {
        JointCallFixture call = openCall("1000000", "5000000000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens partner = TestTokens.user("STARTUP");
        String id = draft(owner.bearer(), applicationBody(call, "1000", "2000"));
        collaborate(owner, partner, id);
        as(partner.bearer()).get(APPS + id).then().statusCode(200);
        as(partner.bearer()).get(APPS + id).then().statusCode(200);

        as(owner.bearer()).delete(APPS + id + "/collaborators/" + partner.subject()).then().statusCode(204);

        as(partner.bearer()).get(APPS + id).then().statusCode(404);
    }

    @Test
    void aChangeMadeOutsideThisServiceShowsWithinMoments() throws SQLException, InterruptedException {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        String id = draft(owner, applicationBody(call, "1000", "2000"));
        as(owner).get(APPS + id).then().statusCode(200);
        as(owner).get(APPS + id).then().statusCode(200);
        String title = "Retitled by hand " + UUID.randomUUID();

        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("update application set title = ? where id = ?")) {
            update.setString(1, title);
            update.setObject(2, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!title.equals(as(owner).get(APPS + id).then().statusCode(200).extract().path("title"))) {
            if (Instant.now().isAfter(deadline)) {
                fail("the application still showed its old title 10 s after the change");
            }
            Thread.sleep(50);
        }
    }
}
