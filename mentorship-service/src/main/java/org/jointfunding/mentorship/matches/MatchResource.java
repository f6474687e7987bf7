package org.jointfunding.mentorship.matches;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.jointfunding.kit.Roles;
import org.jointfunding.mentorship.audit.AuditView;
import org.jointfunding.mentorship.common.ProblemResponses;
import org.jointfunding.mentorship.common.ReasonRequest;

import java.util.UUID;

@Path("/api/mentorship/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Proposals and accepted mentorships")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class MatchResource {

    private static final String NOT_VISIBLE = "No such match, or the caller is not one of its parties";

    private final MatchService matches;
    private final Caller caller;

    public MatchResource(MatchService matches, Caller caller) {
        this.matches = matches;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's matches", description = "As startup and as mentor; an admin sees all. Sorted by proposal time, then id.")
    @APIResponse(responseCode = "200", description = "A page of matches")
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    public Page<MatchView> list(@QueryParam("status") MatchStatus status,
                                @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return matches.list(caller, status, limit, offset);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One match (its startup, its mentor, or an admin)")
    @APIResponse(responseCode = "200", description = "The match", content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = NOT_VISIBLE, content = @Content(mediaType = ProblemResponses.PROBLEM))
    public MatchView get(@PathParam("id") UUID id) {
        return matches.get(id, caller);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.MENTOR)
    @Operation(summary = "The proposed mentor accepts")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not the proposed mentor", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_VISIBLE, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = ProblemResponses.ILLEGAL + "; or the proposal expired", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public MatchView accept(@PathParam("id") UUID id) {
        return matches.accept(id, caller);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.MENTOR)
    @Operation(summary = "The proposed mentor declines", description = "The next best mentor with room that the request has not tried is proposed.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not the proposed mentor", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_VISIBLE, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = ProblemResponses.ILLEGAL, content = @Content(mediaType = ProblemResponses.PROBLEM))
    public MatchView decline(@PathParam("id") UUID id, @Valid ReasonRequest reason) {
        return matches.decline(id, caller, ReasonRequest.of(reason));
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "End an accepted match (either party or an admin)")
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = NOT_VISIBLE, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = ProblemResponses.ILLEGAL, content = @Content(mediaType = ProblemResponses.PROBLEM))
    public MatchView end(@PathParam("id") UUID id, @Valid ReasonRequest reason) {
        return matches.end(id, caller, ReasonRequest.of(reason));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "The match's state changes: who, when, from, to, why")
    @APIResponse(responseCode = "200", description = "Oldest first, all in one page")
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = NOT_VISIBLE, content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Page<AuditView> audit(@PathParam("id") UUID id) {
        return matches.audit(id, caller);
    }
}
