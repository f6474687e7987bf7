package org.jointfunding.funding.outbox;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.outbox.OutboxAdmin;
import org.jointfunding.kit.outbox.OutboxEventsResource;

/** funding's outbox, for an ADMIN (service-kit's {@link OutboxEventsResource} checks the role). */
@Path("/api/funding/admin/events")
@Tag(name = "Outbox")
@SecurityRequirement(name = "SecurityScheme")
public class OutboxEventResource extends OutboxEventsResource {

    public OutboxEventResource(OutboxAdmin outbox) {
        super(outbox);
    }
}
