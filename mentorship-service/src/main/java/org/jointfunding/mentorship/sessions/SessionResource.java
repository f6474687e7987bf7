package org.jointfunding.mentorship.sessions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.mentorship.common.ProblemResponses;

import java.util.UUID;

@Path("/api/mentorship/matches/{matchId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions and feedback", description = "Work done on accepted matches")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class SessionResource {

    private final SessionService sessions;
    private final Caller caller;
    private final Idempotency idempotency;

    public SessionResource(SessionService sessions, Caller caller, Idempotency idempotency) {
        this.sessions = sessions;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Log a session on an accepted match (its startup or mentor)", description = "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Logged", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a party of the match (an admin reads but does not log)", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such match, or the caller is not one of its parties", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = "The match is not accepted (problem type /problems/match-not-active)", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response log(@PathParam("matchId") UUID matchId, @Valid @NotNull SessionRequest input,
                        @HeaderParam(Idempotency.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotency.create(caller.id(), idempotencyKey, "POST /api/mentorship/matches/" + matchId + "/sessions", input, () -> {
            SessionView session = sessions.log(matchId, caller, input);
            return new Created<>(uri.getAbsolutePathBuilder().path(session.id().toString()).build(), session);
        });
    }

    @GET
    @Path("/{sessionId}")
    @Operation(summary = "One session of a match (its parties or an admin)")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such session on a match of the caller's", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public SessionView get(@PathParam("matchId") UUID matchId, @PathParam("sessionId") UUID sessionId) {
        return sessions.get(matchId, sessionId, caller);
    }

    @GET
    @Operation(summary = "Sessions of a match (its parties or an admin)", description = "Sorted by date held, then creation.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such match, or the caller is not one of its parties", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Page<SessionView> list(@PathParam("matchId") UUID matchId,
                                  @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                  @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return sessions.list(matchId, caller, limit, offset);
    }
}
