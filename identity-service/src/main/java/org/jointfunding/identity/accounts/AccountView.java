package org.jointfunding.identity.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.identity.common.Role;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** An account as the API shows it (never the password hash). */
@Schema(name = "Account", example = """
        {"id":"0b6f3c1e-2d5a-4a57-9a43-4b9e2f1c7d10","email":"founder@acme.example","displayName":"Aisha Rahman",\
        "country":"MY","roles":["STARTUP"],"agency":null,"status":"ACTIVE","createdAt":"2026-11-23T10:00:00Z","version":0}""")
public record AccountView(UUID id, String email, String displayName, String country, List<Role> roles,
                          @Schema(description = "Agency code, for REVIEWER and AGENCY_ADMIN") String agency,
                          AccountStatus status, Instant createdAt,
                          @Schema(description = "Also the ETag (\"3\" for 3): send it as If-Match when changing roles or the profile") long version) {

    static final List<String> CSV_HEADER = List.of("id", "email", "displayName", "country", "roles", "agency", "status", "createdAt");

    List<Object> csvRow() {
        return Arrays.asList(id, email, displayName, country,
                roles.stream().map(Role::name).collect(Collectors.joining(" ")), agency, status, createdAt);
    }

    static AccountView of(Account a, Instant now) {
        return new AccountView(a.id, a.email, a.displayName, a.country, a.roles().stream().sorted().toList(),
                a.agencyCode, a.status(now), a.createdAt, a.version);
    }
}
