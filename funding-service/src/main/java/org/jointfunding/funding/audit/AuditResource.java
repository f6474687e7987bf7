package org.jointfunding.funding.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.funding.common.Paging;
import org.jointfunding.kit.CsvExport;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

@Path("/api/funding/audit")
@Tag(name = "Audit")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the audit trail", description = "ADMIN reads everything; an agency admin the entries of calls its agency funds. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    @APIResponse(responseCode = "403", description = "Neither ADMIN nor AGENCY_ADMIN")
    public Page<AuditView> list(@BeanParam @Valid AuditFilter filter, @BeanParam @Valid Paging paging) {
        return audit.list(filter, paging.limit, paging.offset);
    }

    @GET
    @Path("/export")
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Export the (filtered) audit trail as CSV", description = "Every matching entry, streamed.")
    @APIResponse(responseCode = "200", description = "CSV with a header row")
    @APIResponse(responseCode = "403", description = "Neither ADMIN nor AGENCY_ADMIN")
    public Response export(@BeanParam @Valid AuditFilter filter) {
        return CsvExport.attachment("audit.csv", AuditView.CSV_HEADER, audit.exporter(filter, CsvExport.pageSize()));
    }
}
