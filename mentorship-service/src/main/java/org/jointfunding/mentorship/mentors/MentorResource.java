package org.jointfunding.mentorship.mentors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;
import org.jointfunding.mentorship.common.ProblemResponses;

import java.util.UUID;

@Path("/api/mentorship/mentors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentors", description = "Mentor profiles and mentor search")
@SecurityRequirement(name = "SecurityScheme")
public class MentorResource {

    private final MentorService mentors;
    private final Caller caller;

    public MentorResource(MentorService mentors, Caller caller) {
        this.mentors = mentors;
        this.caller = caller;
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.MENTOR)
    @Operation(summary = "Create or replace the caller's own mentor profile",
            description = "The first write creates it; to replace it send If-Match with the ETag you read (428 without it), so that no change is lost.")
    @APIResponse(responseCode = "201", description = "Profile created",
            content = @Content(schema = @Schema(implementation = MentorView.class)))
    @APIResponse(responseCode = "200", description = "Profile replaced",
            content = @Content(schema = @Schema(implementation = MentorView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Only mentors keep a mentor profile")
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response saveOwn(@Valid @NotNull MentorProfileRequest input, @HeaderParam("If-Match") String ifMatch, UriInfo uri) {
        MentorService.Saved saved = mentors.saveOwn(caller, input, ifMatch);
        Response.ResponseBuilder response = saved.created()
                ? Response.created(uri.getBaseUriBuilder().path(MentorResource.class).path(saved.mentor().id().toString()).build())
                : Response.ok();
        return response.entity(saved.mentor()).tag(ETags.tag(saved.mentor().version())).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.MENTOR)
    @Operation(summary = "The caller's own mentor profile")
    @APIResponse(responseCode = "200", description = "The profile, with its ETag",
            content = @Content(schema = @Schema(implementation = MentorView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "The caller has no profile yet", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response own() {
        MentorView mentor = mentors.own(caller);
        return Response.ok(mentor).tag(ETags.tag(mentor.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("**")
    @Operation(summary = "One mentor's profile", description = "Paused profiles are visible only to their mentor and to admins.")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = MentorView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such (visible) mentor", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        MentorView mentor = mentors.get(id, caller);
        return Response.ok(mentor).tag(ETags.tag(mentor.version())).build();
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Search active mentors", description = "Every filter is optional (programId: mentors that opted in to that program); sorted by name, then id.")
    @APIResponse(responseCode = "200", description = "A page of mentors")
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    public Page<MentorView> search(@QueryParam("tag") String tag, @QueryParam("sector") String sector,
                                   @QueryParam("language") String language, @QueryParam("country") String country,
                                   @QueryParam("programId") UUID programId,
                                   @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                   @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return mentors.search(new MentorService.Search(tag, sector, language, country, programId), limit, offset);
    }
}
