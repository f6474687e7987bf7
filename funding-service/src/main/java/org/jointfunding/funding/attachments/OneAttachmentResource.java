package org.jointfunding.funding.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Roles;

import java.util.UUID;

/** One attachment, where an upload's Location points: its metadata, its bytes, its removal. */
@Path("/api/funding/attachments/{attachmentId}")
@Tag(name = "Attachments")
@SecurityRequirement(name = "SecurityScheme")
public class OneAttachmentResource {

    private final AttachmentService attachments;

    public OneAttachmentResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STARTUP, Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "An attachment's metadata: name, detected type, size, who uploaded it and when")
    @APIResponse(responseCode = "200", description = "The metadata")
    @APIResponse(responseCode = "404", description = "No such attachment, or not the caller's to read")
    public AttachmentView get(@PathParam("attachmentId") UUID attachmentId) {
        return attachments.get(attachmentId);
    }

    @GET
    @Path("/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.STARTUP, Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Download an attachment (streamed)")
    @APIResponse(responseCode = "200", description = "The bytes, with the detected Content-Type")
    @APIResponse(responseCode = "404", description = "No such attachment, or not the caller's to read")
    public Response content(@PathParam("attachmentId") UUID attachmentId) {
        AttachmentView view = attachments.get(attachmentId);
        return Response.ok(attachments.content(attachmentId), view.contentType())
                .header("Content-Length", view.sizeBytes())
                .header("Content-Disposition", FileNames.contentDisposition(view.fileName()))
                .build();
    }

    @DELETE
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Remove an attachment from a DRAFT (owner or collaborator)")
    @APIResponse(responseCode = "204", description = "Removed, with its content")
    @APIResponse(responseCode = "403", description = "The caller may read the application but is not its owner or a collaborator")
    @APIResponse(responseCode = "404", description = "No such attachment, or not the caller's to read")
    @APIResponse(responseCode = "409", description = "The application is no longer a DRAFT")
    public Response delete(@PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(attachmentId);
        return Response.noContent().build();
    }
}
