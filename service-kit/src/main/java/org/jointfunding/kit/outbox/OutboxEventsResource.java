package org.jointfunding.kit.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jointfunding.kit.Page;

/**
 * An administrator's view of a service's outbox: list its events (the dead-lettered ones above
 * all), read one, put a dead-lettered one back in line. Each service that publishes events
 * extends it with its own path, e.g. {@code @Path("/api/funding/admin/events") @Tag(name = "Outbox")}.
 * The role is checked here: Quarkus applies a class's security annotation to the methods that
 * class declares, not to methods a subclass inherits.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public abstract class OutboxEventsResource {

    private final OutboxAdmin outbox;

    protected OutboxEventsResource(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GET
    @Operation(summary = "This service's events on their way to other services, newest first",
            description = "Filter ?status=DEAD_LETTERED for those no longer retried: refused for good by the receiver or failed too often.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    public Page<OutboxEventView> list(
            @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|DEAD_LETTERED",
                    message = "must be one of PENDING, DELIVERED, DEAD_LETTERED") String status,
            @QueryParam("destination") @Size(max = 40) String destination,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return outbox.list(status == null ? null : OutboxEvent.Status.valueOf(status), destination, limit, offset);
    }

    @GET
    @Path("/{seq}")
    @Operation(summary = "One event, with its payload and last error")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "404", description = "No such event")
    public OutboxEventView get(@PathParam("seq") long seq) {
        return outbox.get(seq);
    }

    @POST
    @Path("/{seq}/retry")
    @Operation(summary = "Put a dead-lettered event back in line, with a fresh count of attempts")
    @APIResponse(responseCode = "200", description = "PENDING again")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Not dead-lettered")
    public OutboxEventView retry(@PathParam("seq") long seq) {
        return outbox.retry(seq);
    }
}
