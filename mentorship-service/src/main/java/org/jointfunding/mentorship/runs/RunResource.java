package org.jointfunding.mentorship.runs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.CsvExport;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;
import org.jointfunding.mentorship.common.ProblemResponses;

import java.util.UUID;

@Path("/api/mentorship/matching-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Scores, suggestions and batch matching runs")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.ADMIN)
public class RunResource {

    private final RunService runs;
    private final Caller caller;
    private final Idempotency idempotency;

    public RunResource(RunService runs, Caller caller, Idempotency idempotency) {
        this.runs = runs;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Run batch matching", description = "Proposes a mentor to every open request (of one program, "
            + "or all) so that the total score is maximal under every mentor's remaining capacity (OR-Tools min-cost "
            + "flow over each request's best k mentors). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The run and its proposals", content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Only admins run matching")
    public Response run(@Valid RunRequest input, @HeaderParam(Idempotency.HEADER) String idempotencyKey, UriInfo uri) {
        RunRequest given = input == null ? new RunRequest(null, null) : input;
        return idempotency.create(caller.id(), idempotencyKey, "POST /api/mentorship/matching-runs", given, () -> {
            RunView run = runs.run(caller, given);
            return new Created<>(uri.getAbsolutePathBuilder().path(run.id().toString()).build(), run);
        });
    }

    @GET
    @Operation(summary = "List matching runs", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of runs")
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST, content = @Content(mediaType = ProblemResponses.PROBLEM))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    public Page<RunView> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                              @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return runs.list(limit, offset);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One run: what it proposed and why")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public RunView get(@PathParam("id") UUID id) {
        return runs.get(id);
    }

    @GET
    @Path("/{id}/export")
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "One run as CSV: a row per proposal (with each match's status now and why it scored), then a row per unmatched request")
    @APIResponse(responseCode = "200", description = "text/csv, RFC 4180, with a header row")
    @APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = ProblemResponses.PROBLEM))
    public Response export(@PathParam("id") UUID id) {
        return CsvExport.attachment("matching-run-" + id + ".csv", RunView.CSV_HEADER, runs.get(id).csvRows());
    }
}
