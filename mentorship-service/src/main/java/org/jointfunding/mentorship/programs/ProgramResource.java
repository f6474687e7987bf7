package org.jointfunding.mentorship.programs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.jointfunding.kit.Created;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;
import org.jointfunding.mentorship.common.ProblemResponses;

import java.util.UUID;

@Path("/api/mentorship/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Mentoring programs (cohorts) that mentors join and startups apply to")
@SecurityRequirement(name = "SecurityScheme")
public class ProgramResource {

    private final ProgramService programs;
    private final Caller caller;
    private final Idempotency idempotency;

    public ProgramResource(ProgramService programs, Caller caller, Idempotency idempotency) {
        this.programs = programs;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_ADMIN})
    @Operation(summary = "Create a program", description = "An AGENCY_ADMIN creates programs for its own agency. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    public Response create(@Valid @NotNull ProgramRequest input, @HeaderParam(Idempotency.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotency.create(caller.id(), idempotencyKey, "POST /api/mentorship/programs", input, () -> {
            ProgramView program = programs.create(caller, input);
            return new Created<>(uri.getAbsolutePathBuilder().path(program.id().toString()).build(), program, ETags.of(program.version()));
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_ADMIN})
    @Operation(summary = "Replace a program", description = "Send If-Match with the program's ETag (428 without it).")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Another agency's program", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull ProgramRequest input, @HeaderParam("If-Match") String ifMatch) {
        ProgramView program = programs.update(id, caller, input, ifMatch);
        return Response.ok(program).tag(ETags.tag(program.version())).build();
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "List programs", description = "Sorted by intake opening, then id.")
    @APIResponse(responseCode = "200", description = "A page of programs")
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    public Page<ProgramView> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                  @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return programs.list(limit, offset);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("**")
    @Operation(summary = "One program")
    @APIResponse(responseCode = "200", description = "The program", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        ProgramView program = programs.get(id);
        return Response.ok(program).tag(ETags.tag(program.version())).build();
    }

    @PUT
    @Path("/{id}/mentors/me")
    @RolesAllowed(Roles.MENTOR)
    @Operation(summary = "Opt the caller's mentor profile in to the program (idempotent)",
            description = "List the program's mentors with GET /api/mentorship/mentors?programId=...")
    @APIResponse(responseCode = "204", description = "The mentor is in the program")
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = "The caller has no mentor profile yet", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public void optIn(@PathParam("id") UUID id) {
        programs.optIn(id, caller);
    }

    @DELETE
    @Path("/{id}/mentors/me")
    @RolesAllowed(Roles.MENTOR)
    @Operation(summary = "Opt the caller out of the program (idempotent)")
    @APIResponse(responseCode = "204", description = "The mentor is not in the program")
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = "The caller has no mentor profile", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public void optOut(@PathParam("id") UUID id) {
        programs.optOut(id, caller);
    }
}
