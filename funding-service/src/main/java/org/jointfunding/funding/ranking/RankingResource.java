package org.jointfunding.funding.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.CsvExport;
import org.jointfunding.kit.Roles;

import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/api/funding/calls/{id}/ranking")
@Tag(name = "Ranking")
@SecurityRequirement(name = "SecurityScheme")
public class RankingResource {

    private final RankingService ranking;

    public RankingResource(RankingService ranking) {
        this.ranking = ranking;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Rank the call's reviewed applications", description = "Weighted mean of submitted reviews; unreviewed next; disqualified last; ties explained per entry.")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "403", description = "Not an administrator of a funding agency")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    public RankingView get(@PathParam("id") UUID id) {
        return ranking.ranking(id);
    }

    @GET
    @Path("/export")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "The ranking as CSV")
    @APIResponse(responseCode = "200", description = "CSV with a header row, one line per ranked application")
    @APIResponse(responseCode = "403", description = "Not an administrator of a funding agency")
    @APIResponse(responseCode = "404", description = "No such call, or not visible")
    public Response export(@PathParam("id") UUID id) {
        RankingView view = ranking.ranking(id);
        List<List<Object>> rows = view.items().stream().map(e -> Arrays.<Object>asList(e.rank(), e.applicationId(), e.title(),
                e.status(), e.score(), e.reviewCount(), e.disqualified(), e.tieBreak())).toList();
        return CsvExport.attachment("ranking-" + id + ".csv",
                List.of("rank", "applicationId", "title", "status", "score", "reviewCount", "disqualified", "tieBreak"),
                rows);
    }
}
