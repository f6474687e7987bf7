package org.jointfunding.notification.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.ServiceCredential;
import org.jointfunding.notification.recipients.Recipients;

import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Service-to-service: funding's and mentorship's outbox relays deliver their events here. Not
 * under /api (the gateway never routes /internal/**) and not for tokens: the caller proves itself
 * with the shared service credential, checked before the body is read.
 */
@Path("/internal/events")
@Tag(name = "Internal", description = "Service-to-service endpoints, not reachable through the gateway")
@PermitAll
public class EventResource {

    @Schema(name = "EventReceipt")
    public record Receipt(UUID eventId, @Schema(examples = "handled") String outcome) {
    }

    @ConfigProperty(name = "portal.events.credential")
    String credential;

    private final EventService events;
    private final ObjectMapper json;
    private final Validator validator;

    public EventResource(EventService events, ObjectMapper json, Validator validator) {
        this.events = events;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver an integration event (the other services' outbox relays)",
            description = "Idempotent by event id. Known types become notifications for the people concerned; others are acknowledged and ignored.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IncomingEvent.class)))
    @APIResponse(responseCode = "202", description = "Handled now", content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "Already handled earlier; nothing changed", content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", description = "Not an event", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Service-Credential", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "identity-service could not be asked who a recipient is; deliver again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response deliver(@HeaderParam(ServiceCredential.HEADER) String given, String body) {
        ServiceCredential.require(credential, given);
        IncomingEvent event = read(body);
        boolean first;
        try {
            first = events.handle(event);
        } catch (Recipients.Unreachable e) {
            throw new ApiProblem(new Problem("dependency-unavailable", "Service unavailable", 503, e.getMessage(), null));
        }
        return Response.status(first ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(new Receipt(event.id(), first ? "handled" : "duplicate")).type(MediaType.APPLICATION_JSON).build();
    }

    private IncomingEvent read(String body) {
        IncomingEvent event;
        try {
            event = json.readValue(body == null ? "" : body, IncomingEvent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // the problem mapper finds the JSON failure in the cause: a 400
        }
        if (event == null) {
            throw ApiProblem.badRequest("malformed-json", "The request body is empty");
        }
        var violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return event;
    }
}
