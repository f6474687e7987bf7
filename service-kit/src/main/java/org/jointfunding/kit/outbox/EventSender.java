package org.jointfunding.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointfunding.kit.EventsConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** POSTs an event to a receiver's {@code /internal/events} with the service credential. */
@ApplicationScoped
public class EventSender {

    /** What became of one attempt: delivered, refused for good (a 4xx other than 408/429), or worth retrying. */
    public record Result(boolean delivered, boolean permanent, String error) {
        static final Result DELIVERED = new Result(true, false, null);

        static Result of(int status) {
            if (status / 100 == 2) {
                return DELIVERED;
            }
            return new Result(false, status / 100 == 4 && status != 408 && status != 429, "HTTP " + status);
        }

        static Result failed(Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            return new Result(false, false, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    // fields, not a constructor: tests replace the sender with a subclass
    @Inject
    OutboxConfig config;

    @Inject
    EventsConfig events;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Sends without waiting; the result never completes exceptionally (a failure is a retryable result).
     * A traceparent (nullable) continues the trace that caused the event.
     */
    public CompletableFuture<Result> send(String destination, String payload, String traceParent) {
        if (!config.destinations().containsKey(destination)) { // configured away since the event was written
            return CompletableFuture.completedFuture(new Result(false, true, "No receiver named " + destination
                    + " is configured (portal.outbox.destinations." + destination + ".url)"));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint(destination)).timeout(config.requestTimeout())
                .header("Content-Type", "application/json").header("X-Service-Credential", events.credential());
        if (traceParent != null) {
            builder.header("traceparent", traceParent);
        }
        return http.sendAsync(builder.POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null ? Result.of(response.statusCode()) : Result.failed(failure));
    }

    protected URI endpoint(String destination) {
        return URI.create(config.destinations().get(destination).url().replaceAll("/+$", "") + "/internal/events");
    }
}
