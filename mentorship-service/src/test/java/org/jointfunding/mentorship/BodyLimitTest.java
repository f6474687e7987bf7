package org.jointfunding.mentorship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointfunding.testkit.ChunkedUpload;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bodies over portal.max-body-size (1M by default) are a 413 problem document, however they are sent. */
@QuarkusTest
class BodyLimitTest {

    private static final TestTokens ADMIN = TestTokens.user("ADMIN");
    /** A program whose description alone is 2 MiB: valid JSON, over the limit. */
    private static final String TOO_LARGE = "{\"title\":\"Oversize\",\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    @Test
    void aDeclaredOversizeBodyIsRefusedBeforeItIsRead() {
        Api.as(ADMIN).body(TOO_LARGE).post("/api/mentorship/programs")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/payload-too-large"))
                .body("maxBytes", equalTo(1024 * 1024));
    }

    @Test
    void aChunkedOversizeBodyIsRefusedWhileItIsRead() throws Exception {
        HttpResponse<String> response = ChunkedUpload.post("/api/mentorship/programs", ADMIN.bearer(), "application/json",
                TOO_LARGE.getBytes(StandardCharsets.UTF_8));

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("/problems/payload-too-large", JsonPath.from(response.body()).getString("type"));
    }

    @Test
    void aBodyUnderTheLimitIsRead() {
        Api.as(ADMIN).body(Map.of("title", "x".repeat(300_000))).post("/api/mentorship/programs")
                .then().statusCode(400).body("type", equalTo("/problems/validation"));
    }
}
