package org.jointfunding.mentorship.outbox;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.outbox.OutboxAdmin;
import org.jointfunding.kit.outbox.OutboxEventsResource;

/** mentorship's outbox, for an ADMIN (service-kit's {@link OutboxEventsResource} checks the role). */
@Path("/api/mentorship/admin/events")
@Tag(name = "Outbox")
@SecurityRequirement(name = "SecurityScheme")
public class OutboxEventResource extends OutboxEventsResource {

    public OutboxEventResource(OutboxAdmin outbox) {
        super(outbox);
    }
}
