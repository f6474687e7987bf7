package org.jointfunding.mentorship.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.jointfunding.mentorship.audit.AuditView;
import org.jointfunding.mentorship.common.ProblemResponses;
import org.jointfunding.mentorship.common.ReasonRequest;

import java.util.UUID;

@Path("/api/mentorship/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring requests", description = "Startups asking for a mentor")
@SecurityRequirement(name = "SecurityScheme")
public class RequestResource {

    private final RequestService requests;
    private final Caller caller;
    private final Idempotency idempotency;

    public RequestResource(RequestService requests, Caller caller, Idempotency idempotency) {
        this.requests = requests;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Ask for mentoring", description = "With programId the startup applies to that program "
            + "(intake window open, cohort not full). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Only startups ask for mentoring")
    @APIResponse(responseCode = "409", description = "The program's intake is closed or its cohort is full", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another kind of request", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response create(@Valid @NotNull NewMentoringRequest input, @HeaderParam(Idempotency.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotency.create(caller.id(), idempotencyKey, "POST /api/mentorship/requests", input, () -> {
            RequestView request = requests.create(caller, input);
            return new Created<>(uri.getAbsolutePathBuilder().path(request.id().toString()).build(), request, ETags.of(request.version()));
        });
    }

    @GET
    @RolesAllowed({Roles.STARTUP, Roles.ADMIN})
    @Operation(summary = "List mentoring requests", description = "A startup sees its own; an admin sees all. Sorted by creation, then id.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    public Page<RequestView> list(@QueryParam("status") RequestStatus status, @QueryParam("programId") UUID programId,
                                  @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                  @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return requests.list(caller, status, programId, limit, offset);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STARTUP, Roles.MENTOR, Roles.ADMIN})
    @Operation(summary = "One mentoring request", description = "Its startup, an admin, or a mentor it is proposed to or "
            + "matched with (an ended match included; not after a decline or expiry).")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such request, or not the caller's", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        RequestView request = requests.get(id, caller);
        return Response.ok(request).tag(ETags.tag(request.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STARTUP, Roles.ADMIN})
    @Operation(summary = "Change what the request asks for (its startup, until a mentor accepts)",
            description = "Replaces needs, sector, languages, country, time zone and description while the request is OPEN or "
                    + "PROPOSED. Send If-Match with the ETag you read. The next matching run or re-proposal scores the new values.")
    @APIResponse(responseCode = "200", description = "Changed, with its new ETag", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such request, or not the caller's", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = "Already matched, closed or cancelled", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RequestEdit edit) {
        RequestView request = requests.edit(id, caller, ifMatch, edit);
        return Response.ok(request).tag(ETags.tag(request.version())).build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.STARTUP, Roles.ADMIN})
    @Operation(summary = "Cancel an open request (no mentor proposed yet)")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such request, or not the caller's", content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "409", description = ProblemResponses.ILLEGAL, content = @Content(mediaType = ProblemResponses.PROBLEM))
    public RequestView cancel(@PathParam("id") UUID id, @Valid ReasonRequest reason) {
        return requests.cancel(id, caller, ReasonRequest.of(reason));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.STARTUP, Roles.ADMIN})
    @Operation(summary = "The request's state changes: who, when, from, to, why (its startup or an admin)")
    @APIResponse(responseCode = "200", description = "Oldest first, all in one page")
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such request, or not the caller's", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Page<AuditView> audit(@PathParam("id") UUID id) {
        return requests.audit(id, caller);
    }
}
