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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the receivers' {@code POST /internal/events} (mentorship, notifications) in tests,
 * served by the test server: records every delivery attempt, answers chosen events of a receiver
 * with chosen statuses, and can hold chosen deliveries until they are all in flight.
 */
@Path("/test-receivers/{destination}/internal/events")
@ApplicationScoped
@PermitAll
public class EventReceivers {

    public record Delivery(String destination, String eventId, String credential, String body, int status) {
    }

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> together = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true) // a test double, not part of funding-service's contract
    public Response receive(@PathParam("destination") String destination, @HeaderParam("X-Service-Credential") String credential,
                            Map<String, Object> event) throws InterruptedException {
        String id = String.valueOf(event.get("id"));
        List<Integer> planned = answers.getOrDefault(destination + "/" + id, List.of());
        int status = planned.isEmpty() ? 202 : planned.remove(0);
        CountDownLatch gathering = together.remove(destination + "/" + id);
        if (gathering != null) {
            gathering.countDown();
            if (!gathering.await(5, TimeUnit.SECONDS)) {
                status = 503;
            }
        }
        deliveries.add(new Delivery(destination, id, credential, event.toString(), status));
        return Response.status(status).build();
    }

    /** The next deliveries of that event to that receiver answer these statuses, in order; then 202. */
    public void answer(String destination, String eventId, Integer... statuses) {
        answers.put(destination + "/" + eventId, new CopyOnWriteArrayList<>(statuses));
    }

    /**
     * The first delivery of each of these events to that receiver is held until all of them have arrived, and
     * answers 503 if they do not all arrive within 5 s: only deliveries in flight at the same time succeed.
     */
    public void answerTogether(String destination, List<String> eventIds) {
        CountDownLatch all = new CountDownLatch(eventIds.size());
        eventIds.forEach(id -> together.put(destination + "/" + id, all));
    }

    public List<Delivery> deliveriesOf(String destination, List<String> eventIds) {
        return deliveries.stream().filter(d -> d.destination().equals(destination) && eventIds.contains(d.eventId())).toList();
    }
}
