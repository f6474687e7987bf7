package org.jointfunding.notification.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Roles;
import org.jointfunding.notification.common.Paging;

import java.util.Map;
import java.util.UUID;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.STARTUP, Roles.MENTOR, Roles.REVIEWER, Roles.AGENCY_ADMIN, Roles.ADMIN})
public class FeedResource {

    private final FeedService feed;
    private final Caller caller;

    public FeedResource(FeedService feed, Caller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's notifications, newest first", description = "?unread=true for the unread ones only; `unread` counts all unread.")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "Bad paging")
    public FeedPage page(@QueryParam("unread") @DefaultValue("false") boolean unread, @BeanParam @Valid Paging paging) {
        return feed.page(caller.id(), unread, paging.limit, paging.offset);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread (cheap enough to poll)")
    @APIResponse(responseCode = "200", description = "{\"unread\": n}")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", feed.unread(caller.id()));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (again is harmless)")
    @APIResponse(responseCode = "200", description = "The notification, read")
    @APIResponse(responseCode = "404", description = "No such notification in the caller's feed")
    public NotificationView read(@PathParam("id") UUID id) {
        return feed.read(caller.id(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    @APIResponse(responseCode = "200", description = "{\"read\": how many were unread}")
    public Map<String, Long> readAll() {
        return Map.of("read", feed.readAll(caller.id()));
    }
}
