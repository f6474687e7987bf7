package org.jointfunding.funding.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs one event to mentorship-service's internal endpoint; any 2xx means delivered. */
@ApplicationScoped
public class MentorshipEventSender {

    @ConfigProperty(name = "portal.mentorship.url", defaultValue = "http://127.0.0.1:8083")
    String mentorshipUrl;

    @ConfigProperty(name = "portal.events.credential", defaultValue = "local-dev-events-credential")
    String credential;

    @ConfigProperty(name = "portal.outbox.request-timeout", defaultValue = "10s")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Null when delivered; otherwise why not. A traceparent (nullable) continues the trace that caused the event. */
    public String send(String payload, String traceParent) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint()).timeout(timeout)
                .header("Content-Type", "application/json").header("X-Service-Credential", credential);
        if (traceParent != null) {
            builder.header("traceparent", traceParent);
        }
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    protected URI endpoint() {
        return URI.create(mentorshipUrl.replaceAll("/+$", "") + "/internal/events");
    }
}
