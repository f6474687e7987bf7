package org.jointfunding.funding.support;

import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for mentorship-service's {@code POST /internal/events} in tests (served by the test
 * server): records every delivery attempt and fails chosen events a chosen number of times.
 */
@Path("/test-mentorship/internal/events")
@ApplicationScoped
@PermitAll
public class MentorshipReceiver {

    public record Delivery(String eventId, String credential, String body, int status) {
    }

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true) // a test double, not part of funding-service's contract
    public Response receive(@HeaderParam("X-Service-Credential") String credential, Map<String, Object> event) {
        String id = String.valueOf(event.get("id"));
        AtomicInteger failing = failures.get(id);
        int status = failing != null && failing.getAndDecrement() > 0 ? 503 : 202;
        deliveries.add(new Delivery(id, credential, event.toString(), status));
        return Response.status(status).build();
    }

    /** The next {@code times} deliveries of that event answer 503. */
    public void failNext(String eventId, int times) {
        failures.put(eventId, new AtomicInteger(times));
    }

    public List<Delivery> deliveriesOf(List<String> eventIds) {
        return deliveries.stream().filter(d -> eventIds.contains(d.eventId())).toList();
    }
}
