package org.jointfunding.mentorship.events;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.mentorship.common.ProblemResponses;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

/**
 * Service-to-service: funding-service delivers its events here. Not under /api (the gateway never
 * routes /internal/**) and not for tokens: the caller proves itself with the shared service credential,
 * checked before the body is even read.
 */
@Path("/internal/events")
@Tag(name = "Internal", description = "Service-to-service endpoints, not reachable through the gateway")
@PermitAll
public class EventResource {

    public static final String CREDENTIAL_HEADER = "X-Service-Credential";

    /** What the endpoint answers about a delivery. */
    @Schema(name = "EventReceipt")
    public record Receipt(UUID eventId, @Schema(examples = "handled") String outcome, UUID requestId) {
    }

    private final EventsConfig config;
    private final EventService events;
    private final ObjectMapper json;
    private final Validator validator;

    public EventResource(EventsConfig config, EventService events, ObjectMapper json, Validator validator) {
        this.config = config;
        this.events = events;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver an integration event (funding-service's outbox relay)",
            description = "Idempotent by event id. ApplicationAwarded creates a mentoring request for the awarded startup; "
                    + "other types are acknowledged and ignored.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IntegrationEvent.class)))
    @APIResponse(responseCode = "202", description = "Handled now", content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "Already handled earlier; nothing changed", content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Service-Credential", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response deliver(@HeaderParam(CREDENTIAL_HEADER) String credential, String body) {
        requireCredential(credential);
        IntegrationEvent event = read(body, IntegrationEvent.class);
        Optional<IntegrationEvent.ApplicationAwarded> award = Optional.empty();
        if (IntegrationEvent.APPLICATION_AWARDED.equals(event.type())) {
            if (event.data() == null || !event.data().isObject()) {
                throw ApiProblem.invalidField("data", "an ApplicationAwarded event needs its data object");
            }
            award = Optional.of(read(event.data().toString(), IntegrationEvent.ApplicationAwarded.class));
        }
        EventService.Outcome outcome = events.handle(event, award);
        return Response.status(outcome.firstDelivery() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(new Receipt(event.id(), outcome.firstDelivery() ? "handled" : "duplicate", outcome.event().requestId))
                .type(MediaType.APPLICATION_JSON).build();
    }

    private void requireCredential(String credential) {
        byte[] expected = config.credential().getBytes(StandardCharsets.UTF_8);
        byte[] given = credential == null ? new byte[0] : credential.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw ApiProblem.unauthorized("Missing or wrong " + CREDENTIAL_HEADER);
        }
    }

    private <T> T read(String body, Class<T> type) {
        T value;
        try {
            value = json.readValue(body == null ? "" : body, type);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e); // the mapper finds the JSON failure in the cause: a 400
        }
        if (value == null) {
            throw ApiProblem.badRequest("malformed-json", "The request body is empty");
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
