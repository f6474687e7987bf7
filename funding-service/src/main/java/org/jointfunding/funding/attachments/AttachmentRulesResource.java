package org.jointfunding.funding.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Roles;

@Path("/api/funding/attachment-rules")
@Tag(name = "Attachments")
@SecurityRequirement(name = "SecurityScheme")
public class AttachmentRulesResource {

    private final AttachmentRules rules;

    public AttachmentRulesResource(AttachmentConfig config) {
        this.rules = new AttachmentRules(config.maxSize().asLongValue(), config.allowedTypes().stream().sorted().toList(),
                config.maxPerApplication(), config.maxTotalSize().asLongValue());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STARTUP, Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "The size limit and accepted types of attachments")
    @APIResponse(responseCode = "200", description = "The rules uploads are checked against")
    public AttachmentRules get() {
        return rules;
    }
}
