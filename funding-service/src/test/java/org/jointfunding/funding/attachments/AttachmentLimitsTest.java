package org.jointfunding.funding.attachments;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an upload may be called, how many and how large, and that a slow one holds no database connection. */
@QuarkusTest
class AttachmentLimitsTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    AgroalDataSource database;

    private static ValidatableResponse upload(TestTokens who, String application, String name, byte[] bytes) {
        return given().header("Authorization", who.bearer()).contentType("application/octet-stream").queryParam("fileName", name)
                .body(bytes).post("/api/funding/applications/" + application + "/attachments").then();
    }

    private static String draftOf(TestTokens owner) {
        return draft(owner.bearer(), applicationBody(Fixtures.openCall("1000", "1000"), "100", "100"));
    }

    @Test
    void aPathKeepsOnlyItsNameAndNoNameLeftIsRefused() {
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draftOf(owner);
        String id = upload(owner, application, "../../../etc/passwd", PDF).statusCode(201)
                .body("fileName", equalTo("passwd")).extract().path("id");
        upload(owner, application, "C:\\Users\\aisha\\plan.pdf", PDF).statusCode(201).body("fileName", equalTo("plan.pdf"));
        upload(owner, application, "reports/..", PDF).statusCode(400).body("errors[0].field", equalTo("fileName"));
        given().header("Authorization", owner.bearer()).get("/api/funding/attachments/" + id + "/content").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"passwd\"; filename*=UTF-8''passwd")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aPersianNameDownloadsIntact() {
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draftOf(owner);
        String name = "پیشنهاد \"نهایی\" ۱۴۰۵.pdf";
        String id = upload(owner, application, name, PDF).statusCode(201).body("fileName", equalTo(name)).extract().path("id");
        String disposition = given().header("Authorization", owner.bearer()).get("/api/funding/attachments/" + id + "/content")
                .then().statusCode(200).extract().header("Content-Disposition");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        assertEquals("attachment; filename=\"_______ _______ ____.pdf\"", disposition.substring(0, disposition.indexOf(';', 12)));
    }

    @Test
    void anApplicationCarriesAtMostTwentyDocuments() {
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draftOf(owner);
        for (int i = 1; i <= 20; i++) {
            upload(owner, application, "annex-" + i + ".pdf", PDF).statusCode(201);
        }
        upload(owner, application, "annex-21.pdf", PDF).statusCode(409)
                .body("type", equalTo("/problems/attachment-quota")).body("maxAttachments", equalTo(20)).body("attachments", equalTo(20));
        given().header("Authorization", owner.bearer()).get("/api/funding/applications/" + application + "/attachments")
                .then().body("total", equalTo(20));
    }

    @Test
    void anApplicationsDocumentsTogetherStayWithinTheirTotal() {
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draftOf(owner);
        byte[] fiveMiB = new byte[5 * 1024 * 1024];
        System.arraycopy(PDF, 0, fiveMiB, 0, PDF.length);
        upload(owner, application, "one.pdf", fiveMiB).statusCode(201);
        upload(owner, application, "two.pdf", fiveMiB).statusCode(201);
        // the test profile's total is 12 MiB
        upload(owner, application, "three.pdf", fiveMiB).statusCode(409)
                .body("type", equalTo("/problems/attachment-quota")).body("maxTotalBytes", equalTo(12 * 1024 * 1024))
                .body("totalBytes", equalTo(10 * 1024 * 1024));
        upload(owner, application, "small.pdf", PDF).statusCode(201);
        given().header("Authorization", owner.bearer()).get("/api/funding/attachment-rules").then()
                .body("maxPerApplication", equalTo(20)).body("maxTotalBytes", equalTo(12 * 1024 * 1024));
    }

    @Test
    void aTrickledUploadHoldsNoConnectionAndIsCutOffAtItsDeadline() throws Exception {
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draftOf(owner);
        int before = openTransactions();
        // 64 KiB at once (more than the REST layer buffers before it calls the resource, so the body
        // streams), then a byte a second, past the test profile's 4 s deadline
        byte[] start = new byte[64 * 1024];
        System.arraycopy(PDF, 0, start, 0, PDF.length);
        InputStream trickle = new InputStream() {
            private final ByteArrayInputStream first = new ByteArrayInputStream(start);
            private int slowBytes = 8;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = first.read(buffer, offset, length);
                if (n > 0) {
                    return n;
                }
                if (slowBytes == 0) {
                    return -1;
                }
                slowBytes--;
                sleep(1000);
                buffer[offset] = ' ';
                return 1;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/funding/applications/" + application + "/attachments?fileName=slow.pdf"))
                .header("Authorization", owner.bearer()).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> trickle)).build();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
        sleep(2500);
        assertEquals(before, openTransactions(), "a transaction is open while the upload trickles in");
        HttpResponse<String> response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(408, response.statusCode(), response.body());
        org.hamcrest.MatcherAssert.assertThat(response.body(), containsString("/problems/upload-too-slow"));
        given().header("Authorization", owner.bearer()).get("/api/funding/applications/" + application + "/attachments")
                .then().body("total", equalTo(0));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherDocumentIsRefused() {
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draftOf(owner);
        String first = given().header("Authorization", owner.bearer()).header("Idempotency-Key", "annex").contentType("application/octet-stream")
                .queryParam("fileName", "annex.pdf").body(PDF).post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", owner.bearer()).header("Idempotency-Key", "annex").contentType("application/octet-stream")
                .queryParam("fileName", "annex.pdf").body(PDF).post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(201).body("id", equalTo(first));
        byte[] other = (new String(PDF, StandardCharsets.US_ASCII) + "% another\n").getBytes(StandardCharsets.US_ASCII);
        given().header("Authorization", owner.bearer()).header("Idempotency-Key", "annex").contentType("application/octet-stream")
                .queryParam("fileName", "annex.pdf").body(other).post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
    }

    /** Connections of this database inside a transaction but waiting for their client (what a slow upload used to cause). */
    private int openTransactions() throws SQLException {
        try (Connection c = database.getConnection();
             ResultSet rows = c.createStatement().executeQuery(
                     "select count(*) from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
