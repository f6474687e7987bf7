package org.jointfunding.notification.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.ServiceCredential;
import org.jointfunding.kit.inbox.Inbox;
import org.jointfunding.kit.inbox.IncomingEvent;

/**
 * Service-to-service: funding's, mentorship's and identity's outbox relays deliver their events here. Not
 * under /api (the gateway never routes /internal/**) and not for tokens: the caller proves itself
 * with the shared service credential, checked before the body is read.
 */
@Path("/internal/events")
@Tag(name = "Internal", description = "Service-to-service endpoints, not reachable through the gateway")
@PermitAll
public class EventResource {

    private final Inbox inbox;

    public EventResource(Inbox inbox) {
        this.inbox = inbox;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver an integration event (the other services' outbox relays)",
            description = "Idempotent by event id. Known types become notifications for the people concerned; others are acknowledged and ignored.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IncomingEvent.class)))
    @APIResponse(responseCode = "202", description = "Handled now", content = @Content(schema = @Schema(implementation = Inbox.Receipt.class)))
    @APIResponse(responseCode = "200", description = "Already handled earlier; nothing changed", content = @Content(schema = @Schema(implementation = Inbox.Receipt.class)))
    @APIResponse(responseCode = "400", description = "Not an event", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Service-Credential", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "identity-service could not be asked who a recipient is; deliver again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response deliver(@HeaderParam(ServiceCredential.HEADER) String credential, String body) {
        Inbox.Receipt receipt = inbox.receive(credential, body);
        return Response.status(receipt.firstDelivery() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(receipt).type(MediaType.APPLICATION_JSON).build();
    }
}
