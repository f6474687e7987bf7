package org.jointfunding.funding.common;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.agency;
import static org.jointfunding.funding.support.Fixtures.agencyAdmin;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.callBody;
import static org.jointfunding.funding.support.Fixtures.createCall;
import static org.jointfunding.funding.support.Fixtures.draft;
import static org.jointfunding.funding.support.Fixtures.funder;
import static org.jointfunding.funding.support.Fixtures.openCall;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.unique;

/**
 * The read queries carry collections as PostgreSQL text arrays ({@link Rows}): text with the array
 * syntax's own characters (braces, quotes, commas, backslashes, the word NULL) and SQL nulls come
 * back exactly as written.
 */
@QuarkusTest
class ReadQueriesTest {

    private static final String AWKWARD = "{\"Lead\", \\ NULL} , x";

    @Test
    void aCallsTuplesKeepAwkwardTextNullsAndScale() {
        String my = agency("MY", "MYR");
        String ir = agency("IR", "IRR");
        Map<String, Object> body = callBody(unique("Awkward"), List.of(funder(my, "1000000.50", null), funder(ir, "7", "5")));
        body.put("criteria", List.of(Map.of("name", AWKWARD, "weight", "2.5", "maxScore", 10, "threshold", 4),
                Map.of("name", "NULL", "weight", 1, "maxScore", 5, "threshold", 0)));
        String id = createCall(agencyAdmin(my), body);
        as(ADMIN).get("/api/funding/calls/" + id).then().statusCode(200)
                .body("criteria.name", contains(AWKWARD, "NULL"))
                .body("criteria[0].weight", equalTo(2.5f)).body("criteria[1].threshold", equalTo(0))
                .body("funders.find { it.agency == '" + my + "' }.maxRequest", nullValue())
                .body("funders.find { it.agency == '" + my + "' }.budget", equalTo(1000000.5f))
                .body("funders.find { it.agency == '" + my + "' }.confirmed", equalTo(true))
                .body("funders.find { it.agency == '" + ir + "' }.confirmed", equalTo(false))
                .body("funders.find { it.agency == '" + ir + "' }.maxRequest", equalTo(5.0f));
        as(ADMIN).queryParam("q", body.get("title")).get("/api/funding/calls").then().statusCode(200)
                .body("items[0].criteria.name", contains(AWKWARD, "NULL"))
                .body("items[0].funders.find { it.agency == '" + my + "' }.maxRequest", nullValue());
        String json = as(ADMIN).get("/api/funding/calls/" + id).asString();
        assertTrue(json.contains("\"budget\":1000000.50"), json);
    }

    @Test
    void anApplicationsTuplesKeepAwkwardText() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        Map<String, Object> body = applicationBody(call, "1000.10", "20");
        body.put("partners", List.of(Map.of("name", AWKWARD, "country", "MY", "role", "NULL"),
                Map.of("name", "Sabz \"Pardakht\"", "country", "IR", "role", "partner, tech")));
        body.put("answers", Map.of(AWKWARD, "a \\\"quoted\\\" {answer}", "NULL", "NULL"));
        String id = draft(owner, body);
        var read = as(owner).get("/api/funding/applications/" + id).then().statusCode(200)
                .body("partners.name", contains(AWKWARD, "Sabz \"Pardakht\""))
                .body("partners.role", contains("NULL", "partner, tech"))
                .body("requestedAmounts." + call.my(), equalTo(1000.1f))
                .extract().jsonPath();
        assertEquals(Map.of(AWKWARD, "a \\\"quoted\\\" {answer}", "NULL", "NULL"), read.getMap("answers"));
    }
}
