package org.jointfunding.mentorship.suggestions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Roles;
import org.jointfunding.mentorship.common.ProblemResponses;

import org.jointfunding.kit.Page;
import java.util.UUID;

@Path("/api/mentorship/requests/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Scores, suggestions and batch matching runs")
@SecurityRequirement(name = "SecurityScheme")
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final Caller caller;

    public SuggestionResource(SuggestionService suggestions, Caller caller) {
        this.suggestions = suggestions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STARTUP, Roles.ADMIN})
    @Operation(summary = "Top-k mentors for one request, each score explained by criterion",
            description = "Only active mentors with free capacity (in the request's program, if any), never one the "
                    + "request already tried; best first, ties by mentor id.")
    @APIResponse(responseCode = "200", description = "Suggestions, best first, all in one page")
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such request, or not the caller's", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Page<SuggestionView> suggest(@PathParam("id") UUID id,
                                        @QueryParam("k") @DefaultValue("5") @Min(1) @Max(50) int k) {
        return Page.all(suggestions.suggest(id, caller, k));
    }
}
