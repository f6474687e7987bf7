package org.jointfunding.identity.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.identity.common.ProblemExamples;
import org.jointfunding.identity.common.QueryParams;
import org.jointfunding.kit.CsvExport;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.Roles;

/** The security audit trail, for ADMINs. */
@Path("/api/identity/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Audit", description = "ADMIN only: security events")
public class AuditResource {

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Security events, newest first")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = """
                    {"items":[{"id":42,"occurredAt":"2026-11-23T10:00:00Z","type":"ACCOUNT_LOCKED","actor":"system",\
                    "target":"0b6f3c1e-2d5a-4a57-9a43-4b9e2f1c7d10","fromState":"ACTIVE","toState":"LOCKED",\
                    "detail":"5 failed logins; locked for PT15M"}],"total":1,"limit":20,"offset":0}""")))
    @APIResponse(responseCode = "400", description = "limit outside 1..100 or negative offset", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad-limit", value = ProblemExamples.BAD_PAGE)))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
    @APIResponse(responseCode = "403", description = "Caller is not an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
    public Page<AuditEventView> list(@QueryParam("type") @Parameter(schema = @Schema(implementation = AuditType.class)) String type,
                                     @QueryParam("target") @Parameter(description = "Account id, client id or key id") String target,
                                     @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                     @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return audit.list(QueryParams.optionalEnum(AuditType.class, "type", type), target, limit, offset);
    }

    @GET
    @Path("/export")
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Export security events as CSV", description = "Every event that matches the filters, oldest first, streamed.")
    @APIResponse(responseCode = "200", description = "CSV with a header row: id, occurredAt, type, actor, target, fromState, toState, detail")
    @APIResponse(responseCode = "400", description = "Unknown type", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
    @APIResponse(responseCode = "403", description = "Caller is not an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response export(@QueryParam("type") @Parameter(schema = @Schema(implementation = AuditType.class)) String type,
                           @QueryParam("target") @Parameter(description = "Account id, client id or key id") String target) {
        return CsvExport.attachment("identity-audit.csv", AuditEventView.CSV_HEADER,
                audit.exporter(QueryParams.optionalEnum(AuditType.class, "type", type), target, CsvExport.pageSize()));
    }
}
