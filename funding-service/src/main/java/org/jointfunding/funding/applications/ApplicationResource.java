package org.jointfunding.funding.applications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jointfunding.funding.common.Reason;
import jakarta.ws.rs.core.UriInfo;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

import java.util.UUID;

@Path("/api/funding/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
@SecurityRequirement(name = "SecurityScheme")
public class ApplicationResource {

    private final ApplicationService applications;
    private final Idempotency idempotency;
    private final Caller caller;

    public ApplicationResource(ApplicationService applications, Idempotency idempotency, Caller caller) {
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "List applications", description = "A startup sees its own and those it collaborates on; an agency admin the submitted applications of calls its agency funds; ADMIN all. Sorted by creation, then id.")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not list applications")
    public Page<ApplicationView> list(@BeanParam @Valid ApplicationFilter filter, @BeanParam @Valid Paging paging) {
        return applications.list(filter, paging.limit, paging.offset);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Read an application")
    @APIResponse(responseCode = "200", description = "The application; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read")
    public Response get(@PathParam("id") UUID id) {
        return withTag(applications.get(id));
    }

    @GET
    @Path("/{id}/eligibility")
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Check the call's rules now, without submitting",
            description = "Lists every rule a submit would refuse the application for, each with a code and parameters a client can word in the user's language.")
    @APIResponse(responseCode = "200", description = "eligible, and the failing rules")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read")
    public EligibilityReport eligibility(@PathParam("id") UUID id) {
        return applications.eligibility(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "The application's history, oldest first", description = "Its status changes and other recorded actions (edits, attachments, approvals per agency) from the audit trail.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "Bad paging")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read")
    public Page<ApplicationEvent> history(@PathParam("id") UUID id, @BeanParam @Valid Paging paging) {
        return applications.history(id, paging.limit, paging.offset);
    }

    @POST
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Draft an application to an OPEN call", description = "One active application per startup per call. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not a STARTUP")
    @APIResponse(responseCode = "404", description = "No such open call")
    @APIResponse(responseCode = "409", description = "Call not open, or already an active application to it")
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull ApplicationRequest request, UriInfo uri) {
        return idempotency.create(caller.id(), key, "POST /api/funding/applications", request, () -> {
            ApplicationView application = applications.create(request);
            return new Created<>(uri.getAbsolutePathBuilder().path(application.id().toString()).build(), application,
                    ETags.of(application.version()));
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Edit a DRAFT application (owner or collaborator; If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's")
    @APIResponse(responseCode = "409", description = "No longer a DRAFT, or a concurrent edit won")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ApplicationRequest request) {
        return withTag(applications.update(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Submit a DRAFT (owner only)", description = "Checks the deadline and every eligibility rule; all failures are listed.")
    @APIResponse(responseCode = "200", description = "The application, now SUBMITTED")
    @APIResponse(responseCode = "403", description = "A collaborator, not the owner")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's")
    @APIResponse(responseCode = "409", description = "Not a DRAFT")
    @APIResponse(responseCode = "422", description = "Ineligible: errors lists every failing rule")
    public ApplicationView submit(@PathParam("id") UUID id) {
        return applications.submit(id);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Withdraw before a decision (owner only)")
    @APIResponse(responseCode = "200", description = "The application, now WITHDRAWN")
    @APIResponse(responseCode = "403", description = "A collaborator, not the owner")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's")
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn")
    public ApplicationView withdraw(@PathParam("id") UUID id, @Valid Reason reason) {
        return applications.withdraw(id, Reason.of(reason));
    }

    private static Response withTag(ApplicationView view) {
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
