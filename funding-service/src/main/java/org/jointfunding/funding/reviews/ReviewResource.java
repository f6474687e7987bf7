package org.jointfunding.funding.reviews;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.funding.common.Paging;
import jakarta.ws.rs.core.UriInfo;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

import java.util.UUID;

@Path("/api/funding/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewResource {

    private final ReviewService reviews;
    private final Idempotency idempotency;
    private final Caller caller;

    public ReviewResource(ReviewService reviews, Idempotency idempotency, Caller caller) {
        this.reviews = reviews;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Assign a reviewer to an application under review", description = "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Assigned; Location names the review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or the reviewer's agency does not fund the call")
    @APIResponse(responseCode = "403", description = "Not an administrator of a funding agency")
    @APIResponse(responseCode = "404", description = "No such application, or not visible")
    @APIResponse(responseCode = "409", description = "Not under review, reviewer is the applicant, or already assigned")
    public Response assign(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull ReviewRequests.Assignment request,
                           UriInfo uri) {
        return idempotency.create(caller.id(), key, "POST /api/funding/reviews", request, () -> {
            ReviewView review = reviews.assign(request);
            return new Created<>(uri.getAbsolutePathBuilder().path(review.id().toString()).build(), review);
        });
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "List reviews", description = "A reviewer sees only its own assignments. Sorted by assignment time, then id.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    public Page<ReviewView> list(@BeanParam @Valid ReviewFilter filter, @BeanParam @Valid Paging paging) {
        return reviews.list(filter, paging.limit, paging.offset);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Read a review with the application and criteria (blind where the call says so)")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "404", description = "No such review, or not the caller's")
    public ReviewView get(@PathParam("id") UUID id) {
        return reviews.get(id);
    }

    @POST
    @Path("/{id}/conflict")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Declare a conflict of interest (releases the assignment)")
    @APIResponse(responseCode = "200", description = "The review, now CONFLICT_DECLARED")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such review, or not the caller's")
    @APIResponse(responseCode = "409", description = "Already submitted or declared")
    public ReviewView declareConflict(@PathParam("id") UUID id, @Valid @NotNull ReviewRequests.Conflict request) {
        return reviews.declareConflict(id, request.reason());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Score every criterion with a comment and submit", description = "A score below any criterion's threshold disqualifies the application.")
    @APIResponse(responseCode = "200", description = "The review, now SUBMITTED")
    @APIResponse(responseCode = "400", description = "A criterion unscored, unknown, repeated or out of range")
    @APIResponse(responseCode = "404", description = "No such review, or not the caller's")
    @APIResponse(responseCode = "409", description = "Already submitted or declared, or the application left review")
    public ReviewView submit(@PathParam("id") UUID id, @Valid @NotNull ReviewRequests.Scores request) {
        return reviews.submit(id, request);
    }
}
