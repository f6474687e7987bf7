package org.jointfunding.notification.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?limit=} (1..100, default 20; out of range is a 400, never clamped) and {@code ?offset=} (>= 0). */
public class Paging {

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and 100")
    @Max(value = 100, message = "must be between 1 and 100")
    public int limit;

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    public int offset;
}
