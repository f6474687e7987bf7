package org.jointfunding.funding;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.draft;
import static org.jointfunding.funding.support.Fixtures.openCall;
import static org.jointfunding.funding.support.Fixtures.startup;

/** Text PostgreSQL cannot store (NUL) or nobody can read (other controls, lone surrogates) is a 400 naming the field. */
@QuarkusTest
class ControlCharactersTest {

    @Test
    void anAnonymousSearchWithANulIsABadRequest() {
        given().urlEncodingEnabled(false).queryParam("q", "a%00b").get("/api/funding/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void anApplicationWithANulInItsTitleIsRefusedAndNotCreated() {
        var call = openCall("1000000", "90000000000");
        String startup = startup();
        Map<String, Object> body = applicationBody(call, "1000", "1000");
        body.put("title", "GreenPay\u0000");
        as(startup).body(body).post("/api/funding/applications").then().statusCode(400).body("errors[0].field", equalTo("title"));
        as(startup).queryParam("callId", call.id()).get("/api/funding/applications").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void controlsInNestedTextAndKeysAreNamedByTheirPath() {
        var call = openCall("1000000", "90000000000");
        Map<String, Object> body = applicationBody(call, "1000", "1000");
        body.put("partners", List.of(Map.of("name", "GreenPay Sdn Bhd", "country", "MY", "role", "lead"),
                Map.of("name", "Sabz\u0001Pardakht", "country", "IR", "role", "partner")));
        as(startup()).body(body).post("/api/funding/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("partners[1].name"));
        body = applicationBody(call, "1000", "1000");
        body.put("answers", Map.of("impact\u0000", "Less carbon"));
        as(startup()).body(body).post("/api/funding/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("answers"));
        body.put("answers", Map.of("impact", "Less \ud83c carbon"));
        as(startup()).body(body).post("/api/funding/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("answers.impact"));
    }

    @Test
    void anAttachmentNameWithANulIsABadRequest() {
        var call = openCall("1000000", "90000000000");
        String startup = startup();
        String application = draft(startup, applicationBody(call, "1000", "1000"));
        given().header("Authorization", startup).contentType("application/octet-stream").urlEncodingEnabled(false)
                .queryParam("fileName", "proposal%00.pdf").body("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
                .post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(400).body("errors[0].field", equalTo("fileName"));
    }

    @Test
    void multiLineTextAndEmojiAreKept() {
        var call = openCall("1000000", "90000000000");
        Map<String, Object> body = applicationBody(call, "1000", "1000");
        body.put("summary", "Line one\r\n\tLine two 🌱");
        String startup = startup();
        String id = draft(startup, body);
        as(startup).get("/api/funding/applications/" + id).then().statusCode(200).body("summary", equalTo("Line one\r\n\tLine two 🌱"));
    }
}
