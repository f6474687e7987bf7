package org.jointfunding.funding.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.UriInfo;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

import java.io.InputStream;
import java.util.UUID;

@Path("/api/funding/applications/{id}/attachments")
@Tag(name = "Attachments")
@SecurityRequirement(name = "SecurityScheme")
public class AttachmentResource {

    private final AttachmentService attachments;
    private final Idempotency idempotency;
    private final Caller caller;

    public AttachmentResource(AttachmentService attachments, Idempotency idempotency, Caller caller) {
        this.attachments = attachments;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Upload a document to a DRAFT (owner or collaborator)", description = "The raw bytes are the body; the type is detected from them, not from the name. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "No fileName (a path keeps only its last part), an empty body, or an upload that broke off")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's")
    @APIResponse(responseCode = "408", description = "The body took longer than portal.attachments.max-upload-time to arrive")
    @APIResponse(responseCode = "409", description = "The application is no longer a DRAFT, or already carries as many documents or bytes as it may (attachment-quota)")
    @APIResponse(responseCode = "413", description = "Larger than portal.attachments.max-size")
    @APIResponse(responseCode = "415", description = "Content of a type that is not accepted")
    public Response upload(@PathParam("id") UUID id, @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Length") Long length, @HeaderParam("Idempotency-Key") String key, InputStream body,
                           UriInfo uri) {
        String name = FileNames.baseName(fileName);
        try (ReceivedFile file = attachments.receive(id, length, body)) {
            return idempotency.create(caller.id(), key, "POST /api/funding/applications/" + id + "/attachments?" + name,
                    file.sha256(), () -> {
                        AttachmentView attachment = attachments.upload(id, name, file);
                        return new Created<>(uri.getBaseUriBuilder().path(OneAttachmentResource.class).build(attachment.id()), attachment);
                    });
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STARTUP, Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "List an application's attachments (whoever may read it, and its reviewers)")
    @APIResponse(responseCode = "200", description = "Metadata, oldest first, all in one page")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read")
    public Page<AttachmentView> list(@PathParam("id") UUID id) {
        return Page.all(attachments.list(id));
    }
}
