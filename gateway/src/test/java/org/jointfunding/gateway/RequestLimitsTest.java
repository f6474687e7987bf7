package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Oversized requests get problem documents from the gateway, never the HTTP layer's bare answers. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class RequestLimitsTest {

    @Test
    void aUrlOverTheLimitIsAProblemAndOneAtTheLimitPasses() {
        String prefix = "/api/funding/things?q=";
        Clients.signedIn().get(prefix + "a".repeat(4000 - prefix.length())).then().statusCode(200).body("service", is("funding"));

        Clients.signedIn().get(prefix + "a".repeat(4001 - prefix.length()))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", is("/problems/url-too-long"))
                .body("maxLength", is(4000))
                .header("X-Request-Id", notNullValue());
        // far past the line limit of the services' HTTP layer (4096), still a problem document
        Clients.anyClient().get("/api/funding/calls?q=" + "a".repeat(20_000))
                .then().statusCode(414).body("type", is("/problems/url-too-long"));
    }

    @Test
    void headersOverTheLimitAreAProblem() {
        Clients.signedIn().header("X-Padding", "p".repeat(17_000)).get("/api/funding/things")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", is("/problems/headers-too-large"))
                .body("maxBytes", is(16384));
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedBeforeAByteOfItIsRead() throws IOException {
        long declared = 64L * 1024 * 1024 + 1;
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/funding/things HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + declared + "\r\n\r\n{\"a\":")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = readAll(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            assertTrue(response.toLowerCase().contains("connection: close"), response);
            assertTrue(response.contains("\"type\":\"/problems/payload-too-large\""), response);
            assertTrue(response.contains("\"maxBytes\":67108864"), response);
        }
    }

    @Test
    void anUploadTheServiceRefusesUnreadLeavesNoErrorInTheLog() throws Exception {
        List<LogRecord> errors = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    synchronized (errors) {
                        errors.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // the client stops sending (as browsers and curl do) once it reads the refusal
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /api/funding/uploads HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + TestKeys.bearer(UUID.randomUUID().toString()) + "\r\n"
                        + "Content-Type: application/octet-stream\r\nContent-Length: " + 10 * 1024 * 1024 + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(new byte[1024 * 1024]);
                byte[] head = new byte[12];
                assertEquals(12, socket.getInputStream().readNBytes(head, 0, 12));
                assertEquals("HTTP/1.1 413", new String(head, StandardCharsets.US_ASCII));
            }
            Clients.signedIn().get("/api/funding/things").then().statusCode(200); // and the gateway goes on
            Thread.sleep(500); // what the gateway logs about the abandoned exchange
        } finally {
            root.removeHandler(capture);
        }
        synchronized (errors) {
            assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
