package org.jointfunding.notification.preferences;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Roles;

@Path("/api/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.STARTUP, Roles.MENTOR, Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
public class PreferenceResource {

    private final PreferenceService preferences;
    private final Caller caller;

    public PreferenceResource(PreferenceService preferences, Caller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's notification settings (defaults: English, every e-mail)")
    @APIResponse(responseCode = "200", description = "The settings; ETag carries their version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesView.class)))
    public Response get() {
        return withTag(preferences.get(caller.id()));
    }

    @PUT
    @Operation(summary = "Replace the caller's notification settings (If-Match required)")
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesView.class)))
    @APIResponse(responseCode = "400", description = "Unknown language or kind")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response put(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull PreferencesView request) {
        return withTag(preferences.put(caller.id(), ifMatch, request));
    }

    private static Response withTag(PreferenceService.Versioned settings) {
        return Response.ok(settings.view()).tag(ETags.tag(settings.version())).build();
    }
}
