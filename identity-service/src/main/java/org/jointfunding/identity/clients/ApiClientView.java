package org.jointfunding.identity.clients;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.identity.common.Role;

import java.time.Instant;
import java.util.List;

/** An API client; {@code clientSecret} appears only in the response that created it (not in a replay of that create). */
@Schema(name = "ApiClient", example = """
        {"clientId":"jfp_5Zb0k3qQ9sV2","name":"MIDA nightly export","roles":["AGENCY_ADMIN"],"agency":"MY-MIDA",\
        "status":"ACTIVE","createdAt":"2026-11-23T10:00:00Z","createdBy":"0b6f3c1e-2d5a-4a57-9a43-4b9e2f1c7d10",\
        "clientSecret":"Xq1lP3v0...shown-once"}""")
public record ApiClientView(String clientId, String name, List<Role> roles, String agency, ApiClient.Status status,
                            Instant createdAt, String createdBy,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            @Schema(description = "Only in the creating response (not when an Idempotency-Key replays it); store it now, it cannot be read again")
                            String clientSecret) {

    /** The same client as every read shows it: what a replayed create answers, since the secret is never kept. */
    public ApiClientView withoutSecret() {
        return new ApiClientView(clientId, name, roles, agency, status, createdAt, createdBy, null);
    }

    static ApiClientView of(ApiClient c, String secret) {
        return new ApiClientView(c.clientId, c.name, c.roles().stream().sorted().toList(), c.agencyCode, c.status,
                c.createdAt, c.createdBy, secret);
    }
}
