package org.jointfunding.mentorship.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.jointfunding.kit.Page;
import org.jointfunding.mentorship.common.ProblemResponses;
import java.util.UUID;

@Path("/api/mentorship/matches/{matchId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions and feedback", description = "Work done on accepted matches")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class FeedbackResource {

    private final FeedbackService feedback;
    private final Caller caller;

    public FeedbackResource(FeedbackService feedback, Caller caller) {
        this.feedback = feedback;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Rate the other party of an accepted or ended match, once per side",
            description = "A second submission by the same side is a 409, so a retry cannot rate twice.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a party of the match", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such match, or the caller is not one of its parties", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = "Not accepted yet, or this side already gave feedback", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response give(@PathParam("matchId") UUID matchId, @Valid @NotNull FeedbackRequest input, UriInfo uri) {
        return Response.created(uri.getAbsolutePath()).entity(feedback.give(matchId, caller, input)).build();
    }

    @GET
    @Operation(summary = "Both sides' feedback on a match (its parties or an admin)")
    @APIResponse(responseCode = "200", description = "Oldest first, all in one page")
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such match, or the caller is not one of its parties", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Page<FeedbackView> list(@PathParam("matchId") UUID matchId) {
        return Page.all(feedback.of(matchId, caller));
    }
}
