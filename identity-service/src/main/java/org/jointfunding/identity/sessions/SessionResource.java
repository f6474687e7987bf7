package org.jointfunding.identity.sessions;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Problem;

import java.util.Map;
import java.util.UUID;

/** Where the signed-in person is signed in, and ending sessions. */
@Path("/api/identity/me/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Login", description = "Sessions of people")
@APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
@APIResponse(responseCode = "404", description = "The token is an API client's, which has no sessions; or no such session of the caller's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SessionResource {

    private final Sessions sessions;
    private final Caller caller;

    public SessionResource(Sessions sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's sessions", description = """
            Every sign-in that can still refresh, most recently active first; current marks the one the \
            access token belongs to.""")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "limit outside 1..100 or negative offset", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<SessionView> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                  @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return sessions.list(caller.id(), caller.sessionId().orElse(null), limit, offset);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End one of the caller's sessions", description = """
            Its refresh token stops working; an access token it already has runs out within its lifetime.""")
    @APIResponse(responseCode = "204", description = "Ended")
    public void end(@PathParam("id") UUID id) {
        sessions.end(caller.id(), id);
    }

    @POST
    @Path("/end-others")
    @Operation(summary = "End every session of the caller's but this one", description = "For a device lost or a password seen by someone else.")
    @APIResponse(responseCode = "200", description = "How many ended", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(example = "{\"ended\":2}")))
    public Map<String, Integer> endOthers() {
        return Map.of("ended", sessions.endOthers(caller.id(), caller.sessionId().orElse(null)));
    }
}
