package org.jointfunding.funding.calls;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.agency;
import static org.jointfunding.funding.support.Fixtures.agencyAdmin;
import static org.jointfunding.funding.support.Fixtures.callBody;
import static org.jointfunding.funding.support.Fixtures.createCall;
import static org.jointfunding.funding.support.Fixtures.funder;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.unique;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.openCall;
import static org.jointfunding.funding.support.Fixtures.readsFromMemory;

/**
 * Calls are read from memory (CallViews, KeptReads) and never shown older than the database: a change made through this
 * service shows in the very next read, one made elsewhere (another instance, SQL by hand) within moments.
 */
@QuarkusTest
class CallsFromMemoryTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aCallReadAgainIsAnsweredFromMemory() {
        JointCallFixture call = openCall("1000000", "5000000000");
        given().get(call.path()).then().statusCode(200);
        // the database announces the call's last change moments after it (NOTIFY), which may drop it once: one of three reads suffices
        double before = readsFromMemory("call");
        for (int i = 0; i < 3 && readsFromMemory("call") == before; i++) {
            given().get(call.path()).then().statusCode(200).body("status", equalTo("OPEN"));
        }
        assertTrue(readsFromMemory("call") > before);

        // a page goes with any change to any call, and other tests' calls may close meanwhile: one of three suffices
        before = readsFromMemory("call-page");
        for (int i = 0; i < 3; i++) {
            given().queryParam("agency", call.my()).get("/api/funding/calls").then().statusCode(200)
                    .body("items.id", hasItem(call.id()));
        }
        assertTrue(readsFromMemory("call-page") > before);
    }

    @Test
    void aDraftKeptForItsAgencyIsStillHiddenFromEveryoneElse() {
        String my = agency("MY", "MYR");
        String ir = agency("IR", "IRR");
        String admin = agencyAdmin(my);
        String id = createCall(admin, callBody(unique("Draft"), List.of(funder(my, "1000000", null), funder(ir, "1000000", null))));
        String path = "/api/funding/calls/" + id;
        as(admin).get(path).then().statusCode(200).body("status", equalTo("DRAFT"));
        double before = readsFromMemory("call");
        as(admin).get(path).then().statusCode(200);
        assertEquals(before + 1, readsFromMemory("call"), "the draft is kept");

        given().get(path).then().statusCode(404);
        as(startup()).get(path).then().statusCode(404);
        as(agencyAdmin(agency("TH", "THB"))).get(path).then().statusCode(404);
        as(agencyAdmin(ir)).get(path).then().statusCode(200);
    }

    @Test
    void whoeverChangesACallReadsTheChangeInTheNextRequest() {
        JointCallFixture call = openCall("1000000", "5000000000");
        given().get(call.path()).then().statusCode(200).body("status", equalTo("OPEN"));
        given().queryParam("agency", call.my()).get("/api/funding/calls").then().statusCode(200).body("items.id", hasItem(call.id()));

        act(call.myAdmin(), call.path() + "/close");

        given().get(call.path()).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().queryParam("agency", call.my()).get("/api/funding/calls").then().statusCode(200)
                .body("items.id", not(hasItem(call.id())));
    }

    @Test
    void anAgencysNewCurrencyShowsInTheCallsItFunds() {
        JointCallFixture call = openCall("1000000", "5000000000");
        given().get(call.path()).then().statusCode(200).body("funders.find { it.agency == '" + call.my() + "' }.currency", equalTo("MYR"));

        String agency = "/api/funding/agencies/" + call.my();
        String version = as(ADMIN).get(agency).then().statusCode(200).extract().header("ETag");
        as(ADMIN).contentType("application/json").header("If-Match", version)
                .body(Map.of("code", call.my(), "name", "Renamed " + call.my(), "country", "MY", "currency", "USD"))
                .put(agency).then().statusCode(200);

        given().get(call.path()).then().statusCode(200).body("funders.find { it.agency == '" + call.my() + "' }.currency", equalTo("USD"));
    }

    @Test
    void aChangeMadeOutsideThisServiceShowsWithinMoments() throws SQLException, InterruptedException {
        JointCallFixture call = openCall("1000000", "5000000000");
        given().get(call.path()).then().statusCode(200);
        given().get(call.path()).then().statusCode(200);
        String title = "Retitled by hand " + UUID.randomUUID();

        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("update joint_call set title = ? where id = ?")) {
            update.setString(1, title);
            update.setObject(2, UUID.fromString(call.id()));
            assertEquals(1, update.executeUpdate());
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!title.equals(given().get(call.path()).then().statusCode(200).extract().path("title"))) {
            if (Instant.now().isAfter(deadline)) {
                fail("the call still showed its old title 10 s after the change");
            }
            Thread.sleep(50);
        }
    }
}
