package org.jointfunding.funding.calls;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filters for the call list; all optional and combined with AND. */
public class CallFilter {

    @QueryParam("status")
    @Pattern(regexp = "DRAFT|OPEN|CLOSED|UNDER_EVALUATION|DECIDED|CANCELLED", message = "must be one of DRAFT, OPEN, CLOSED, UNDER_EVALUATION, DECIDED, CANCELLED")
    public String status;

    @QueryParam("sector")
    @Size(max = 60)
    public String sector;

    @QueryParam("country")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
    public String funderCountry;

    @QueryParam("agency")
    @Size(max = 30)
    public String agency;

    @QueryParam("q")
    @Size(max = 200)
    public String text;
}
