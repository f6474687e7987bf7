package org.jointfunding.funding.applications;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** Filters for the application list; combined with AND. */
public class ApplicationFilter {

    @QueryParam("callId")
    public String callId;

    @QueryParam("status")
    @Pattern(regexp = "DRAFT|SUBMITTED|UNDER_REVIEW|AWARDED|REJECTED|WITHDRAWN",
            message = "must be one of DRAFT, SUBMITTED, UNDER_REVIEW, AWARDED, REJECTED, WITHDRAWN")
    public String status;
}
