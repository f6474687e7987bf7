package org.jointfunding.funding.support;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the receivers' {@code POST /internal/events} (mentorship, notifications) in tests,
 * served by the test server: records every delivery attempt, and answers chosen events of a
 * receiver with chosen statuses.
 */
@Path("/test-receivers/{destination}/internal/events")
@ApplicationScoped
@PermitAll
public class EventReceivers {

    public record Delivery(String destination, String eventId, String credential, String body, int status) {
    }

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> answers = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true) // a test double, not part of funding-service's contract
    public Response receive(@PathParam("destination") String destination, @HeaderParam("X-Service-Credential") String credential,
                            Map<String, Object> event) {
        String id = String.valueOf(event.get("id"));
        List<Integer> planned = answers.getOrDefault(destination + "/" + id, List.of());
        int status = planned.isEmpty() ? 202 : planned.remove(0);
        deliveries.add(new Delivery(destination, id, credential, event.toString(), status));
        return Response.status(status).build();
    }

    /** The next deliveries of that event to that receiver answer these statuses, in order; then 202. */
    public void answer(String destination, String eventId, Integer... statuses) {
        answers.put(destination + "/" + eventId, new CopyOnWriteArrayList<>(statuses));
    }

    public List<Delivery> deliveriesOf(String destination, List<String> eventIds) {
        return deliveries.stream().filter(d -> d.destination().equals(destination) && eventIds.contains(d.eventId())).toList();
    }
}
