package org.jointfunding.funding.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.vertx.core.http.HttpServerRequest;
import org.jointfunding.funding.common.Paging;
import org.jointfunding.funding.common.QueryParameters;
import org.jointfunding.funding.common.Reason;
import jakarta.ws.rs.core.UriInfo;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

import java.util.UUID;

@Path("/api/funding/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class CallResource {

    private final CallService calls;
    private final Idempotency idempotency;
    private final Caller caller;
    private final QueryParameters queryParameters;

    public CallResource(CallService calls, Idempotency idempotency, Caller caller, QueryParameters queryParameters) {
        this.calls = calls;
        this.idempotency = idempotency;
        this.caller = caller;
        this.queryParameters = queryParameters;
    }

    @GET
    @PermitAll
    @Operation(summary = "List calls", description = "Anyone sees OPEN calls; agency staff also see the calls their agency funds; ADMIN sees all. Sorted by closing instant, then id.")
    @APIResponse(responseCode = "200", description = "A page of calls")
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    public Page<CallView> list(@BeanParam CallFilter filter, @BeanParam Paging paging, @Context HttpServerRequest request) {
        queryParameters.validate(request, filter, paging);
        return calls.list(filter, paging.limit, paging.offset);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a call", description = "OPEN calls are public; others only for their funders' staff and ADMIN.")
    @APIResponse(responseCode = "200", description = "The call; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such call, or not visible to the caller")
    public Response get(@PathParam("id") UUID id) {
        return withTag(calls.get(id));
    }

    @POST
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Create a DRAFT call", description = """
            An AGENCY_ADMIN must list its own agency among the funders; its agency leads the call (an ADMIN's call is led by \
            the first funder listed). The creator's own share stands confirmed; other agencies' shares are proposals until \
            each confirms it (PUT /api/funding/calls/{id}/funders/{agency}). Honours Idempotency-Key.""")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (missing fields, reversed dates, unknown agency, bad amounts)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the caller's agency is not a funder")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull CallRequest request, UriInfo uri) {
        return idempotency.create(caller.id(), key, "POST /api/funding/calls", request, () -> {
            CallView call = calls.create(request);
            return new Created<>(uri.getAbsolutePathBuilder().path(call.id().toString()).build(), call, ETags.of(call.version()));
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Replace the content of a DRAFT call (If-Match required)", description = """
            Only the lead agency (or an ADMIN). It may propose shares for agencies it adds or that have not confirmed yet, \
            but never change or drop a share another agency has confirmed (403). Every edit asks the other funders to \
            confirm again, since the terms they agreed to may have changed.""")
    @APIResponse(responseCode = "200", description = "Updated; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not an administrator of the lead agency, or a change to another agency's confirmed share")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    @APIResponse(responseCode = "409", description = "The call is no longer a DRAFT, or a concurrent edit won")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CallRequest request) {
        return withTag(calls.update(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Open a DRAFT call for applications", description = """
            The lead agency (or an ADMIN). Needs funders that have all confirmed their shares, criteria and a closing instant ahead.""")
    @APIResponse(responseCode = "200", description = "The call, now OPEN")
    @APIResponse(responseCode = "403", description = "Not an administrator of the lead agency (other funders confirm their shares and agree to decide; they do not run the lifecycle)")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    @APIResponse(responseCode = "409", description = "Not a DRAFT")
    @APIResponse(responseCode = "422", description = "Funders, confirmations, criteria or a future closing instant missing (listed in errors)")
    public CallView open(@PathParam("id") UUID id, @Valid Reason reason) {
        return calls.open(id, Reason.of(reason));
    }

    @PUT
    @Path("/{id}/funders/{agency}")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Set and confirm an agency's own share of a DRAFT call (If-Match required)", description = """
            Only that agency's administrators (or an ADMIN): its budget and cap per application, in its own currency. \
            Saving confirms the share for the call's current terms; a call opens once every funder has confirmed.""")
    @APIResponse(responseCode = "200", description = "The call, with the share confirmed; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "Invalid share (maxRequest above budget)")
    @APIResponse(responseCode = "403", description = "Not an administrator of that agency")
    @APIResponse(responseCode = "404", description = "No such call, not visible, or the agency does not fund it")
    @APIResponse(responseCode = "409", description = "The call is no longer a DRAFT")
    @APIResponse(responseCode = "412", description = "If-Match names an old version: the terms changed since you read them")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response confirmShare(@PathParam("id") UUID id, @PathParam("agency") String agency, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull FunderShare share) {
        return withTag(calls.confirmShare(id, agency, ifMatch, share));
    }

    @DELETE
    @Path("/{id}/funders/{agency}")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Withdraw an agency from a DRAFT call (If-Match required)", description = """
            Only that agency's administrators (or an ADMIN); the lead agency cannot leave (it cancels the call instead).""")
    @APIResponse(responseCode = "200", description = "The call without that funder; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator of that agency")
    @APIResponse(responseCode = "404", description = "No such call, not visible, or the agency does not fund it")
    @APIResponse(responseCode = "409", description = "The call is no longer a DRAFT, or the agency leads it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response leave(@PathParam("id") UUID id, @PathParam("agency") String agency, @HeaderParam("If-Match") String ifMatch) {
        return withTag(calls.leave(id, agency, ifMatch));
    }

    @POST
    @Path("/{id}/extend")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Extend an OPEN call's deadline", description = "Moves closesAt later (never earlier); the old and new instants and the reason go to the audit trail.")
    @APIResponse(responseCode = "200", description = "The call, with its new closesAt")
    @APIResponse(responseCode = "400", description = "No closesAt given")
    @APIResponse(responseCode = "403", description = "Not an administrator of the lead agency (other funders confirm their shares and agree to decide; they do not run the lifecycle)")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    @APIResponse(responseCode = "409", description = "Not OPEN, or its closing instant has already passed")
    @APIResponse(responseCode = "422", description = "closesAt is not after the current closing instant")
    public CallView extend(@PathParam("id") UUID id, @Valid @NotNull CallExtension extension) {
        return calls.extend(id, extension);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Close an OPEN call early (it also closes by itself at its closing instant)")
    @APIResponse(responseCode = "200", description = "The call, now CLOSED")
    @APIResponse(responseCode = "403", description = "Not an administrator of the lead agency (other funders confirm their shares and agree to decide; they do not run the lifecycle)")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    @APIResponse(responseCode = "409", description = "Not OPEN")
    public CallView close(@PathParam("id") UUID id, @Valid Reason reason) {
        return calls.close(id, Reason.of(reason));
    }

    @POST
    @Path("/{id}/start-evaluation")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Start the evaluation of a CLOSED call", description = "Its SUBMITTED applications move to UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "The call, now UNDER_EVALUATION")
    @APIResponse(responseCode = "403", description = "Not an administrator of the lead agency (other funders confirm their shares and agree to decide; they do not run the lifecycle)")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    @APIResponse(responseCode = "409", description = "Not CLOSED")
    public CallView startEvaluation(@PathParam("id") UUID id, @Valid Reason reason) {
        return calls.startEvaluation(id, Reason.of(reason));
    }

    @POST
    @Path("/{id}/decide")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Agree to conclude the call", description = """
            Each funder's administrator agrees for its agency (funders[].agreedToDecide); when the last one has, the call is \
            DECIDED and applications still UNDER_REVIEW are REJECTED, their approved shares released. No agency decides that \
            for another: until then every funder goes on deciding its shares. An ADMIN decides for every funder at once.""")
    @APIResponse(responseCode = "200", description = "The call: still UNDER_EVALUATION with this agency's agreement, or DECIDED")
    @APIResponse(responseCode = "403", description = "Not an administrator of a funding agency of this call")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    @APIResponse(responseCode = "409", description = "Not UNDER_EVALUATION, or this agency has already agreed (/problems/already-agreed)")
    public CallView decide(@PathParam("id") UUID id, @Valid Reason reason) {
        return calls.decide(id, Reason.of(reason));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Cancel a call (reason required)")
    @APIResponse(responseCode = "200", description = "The call, now CANCELLED")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not an administrator of the lead agency (other funders confirm their shares and agree to decide; they do not run the lifecycle)")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    @APIResponse(responseCode = "409", description = "Already DECIDED or CANCELLED")
    public CallView cancel(@PathParam("id") UUID id, @Valid Reason reason) {
        return calls.cancel(id, Reason.of(reason));
    }

    private static Response withTag(CallView view) {
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
