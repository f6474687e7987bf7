package org.jointfunding.funding.attachments;

import jakarta.annotation.security.RolesAllowed;
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
import org.jointfunding.funding.common.Roles;

import java.util.UUID;

@Path("/api/funding/attachments/{attachmentId}/content")
@Tag(name = "Attachments")
@SecurityRequirement(name = "SecurityScheme")
public class AttachmentContentResource {

    private final AttachmentService attachments;

    public AttachmentContentResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.STARTUP, Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Download an attachment (streamed)")
    @APIResponse(responseCode = "200", description = "The bytes, with the detected Content-Type")
    @APIResponse(responseCode = "404", description = "No such attachment, or not the caller's to read")
    public Response content(@PathParam("attachmentId") UUID attachmentId) {
        AttachmentView view = attachments.get(attachmentId);
        return Response.ok(attachments.content(attachmentId), view.contentType())
                .header("Content-Length", view.sizeBytes())
                .header("Content-Disposition", "attachment; filename=\"" + view.fileName().replaceAll("[\"\\\\\r\n]", "_") + "\"")
                .build();
    }
}
