package org.jointfunding.testkit;

import io.restassured.RestAssured;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * POSTs a body the way a streaming client does: chunked, with no {@code Content-Length}, so the
 * server only learns its size while reading it. REST Assured always sends a length.
 */
public final class ChunkedUpload {

    private ChunkedUpload() {
    }

    /** POST {@code path} on the service under test as {@code bearer}, body sent chunked. */
    public static HttpResponse<String> post(String path, String bearer, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", bearer)
                .header("Content-Type", contentType)
                // a stream of unknown length: the client sends it chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
