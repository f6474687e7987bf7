package org.jointfunding.funding.audit;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;


/** Audit trail filters; all optional, combined with AND. {@code from} is inclusive, {@code to} exclusive. */
public class AuditFilter {

    @QueryParam("aggregateType")
    @Size(max = 30)
    public String aggregateType;

    @QueryParam("aggregateId")
    @Size(max = 64)
    public String aggregateId;

    @QueryParam("callId")
    public String callId;

    @QueryParam("actor")
    @Size(max = 200)
    public String actor;

    @QueryParam("action")
    @Size(max = 60)
    public String action;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;
}
