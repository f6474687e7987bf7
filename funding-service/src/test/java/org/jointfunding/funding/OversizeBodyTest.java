package org.jointfunding.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.testkit.ChunkedUpload;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A body over {@code portal.max-body-size} (8M here) sent without a length (chunked). */
@QuarkusTest
class OversizeBodyTest {

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemDocument() throws Exception {
        byte[] nineMegabyteTitle = ("{\"title\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = ChunkedUpload.post("/api/funding/calls", Fixtures.ADMIN, "application/json", nineMegabyteTitle);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonPath problem = JsonPath.from(response.body());
        assertEquals("/problems/payload-too-large", problem.getString("type"));
        assertEquals(8 * 1024 * 1024, problem.getInt("maxBytes"));
    }
}
