package org.jointfunding.funding.applications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.CsvExport;
import org.jointfunding.kit.Roles;

import java.util.UUID;

@Path("/api/funding/calls/{id}/applications/export")
@Tag(name = "Applications")
@SecurityRequirement(name = "SecurityScheme")
public class CallApplicationsExportResource {

    private final ApplicationService applications;

    public CallApplicationsExportResource(ApplicationService applications) {
        this.applications = applications;
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Export a call's submitted applications as CSV (agency staff of a funder, ADMIN)")
    @APIResponse(responseCode = "200", description = "CSV with a header row")
    @APIResponse(responseCode = "403", description = "Not an administrator of a funding agency")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    public Response export(@PathParam("id") UUID id) {
        return CsvExport.attachment("applications-" + id + ".csv", ApplicationService.CSV_HEADER,
                applications.exporter(id, CsvExport.pageSize()));
    }
}
