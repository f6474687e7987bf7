package org.jointfunding.funding.reviews;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

public class ReviewFilter {

    @QueryParam("applicationId")
    public String applicationId;

    @QueryParam("status")
    @Pattern(regexp = "ASSIGNED|SUBMITTED|CONFLICT_DECLARED", message = "must be one of ASSIGNED, SUBMITTED, CONFLICT_DECLARED")
    public String status;
}
