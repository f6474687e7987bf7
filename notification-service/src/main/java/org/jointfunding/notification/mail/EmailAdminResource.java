package org.jointfunding.notification.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;
import org.jointfunding.notification.common.Paging;

import java.util.UUID;

@Path("/api/notifications/admin/emails")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "E-mail deliveries")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.ADMIN)
public class EmailAdminResource {

    private final EmailAdmin emails;

    public EmailAdminResource(EmailAdmin emails) {
        this.emails = emails;
    }

    @GET
    @Operation(summary = "E-mails, newest first", description = "Filter ?status=DEAD_LETTERED for those no longer retried.")
    @APIResponse(responseCode = "200", description = "A page of e-mails")
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    public Page<EmailView> list(@QueryParam("status") @Pattern(regexp = "PENDING|SENT|DEAD_LETTERED",
            message = "must be one of PENDING, SENT, DEAD_LETTERED") String status, @BeanParam @Valid Paging paging) {
        return emails.list(status == null ? null : EmailDelivery.Status.valueOf(status), paging.limit, paging.offset);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a dead-lettered e-mail again, with a fresh count of attempts")
    @APIResponse(responseCode = "200", description = "PENDING again")
    @APIResponse(responseCode = "404", description = "No such e-mail")
    @APIResponse(responseCode = "409", description = "Not dead-lettered")
    public EmailView retry(@PathParam("id") UUID id) {
        return emails.retry(id);
    }
}
