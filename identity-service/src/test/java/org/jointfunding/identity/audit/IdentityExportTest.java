package org.jointfunding.identity.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.register;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ADMIN's CSV exports of accounts and of the security audit trail. */
@QuarkusTest
class IdentityExportTest {

    @Inject
    AuditTrail audit;

    private static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    private static String export(String path, String... query) {
        var request = given().header("Authorization", adminBearer());
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.get(path).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename="))
                .extract().asString();
    }

    @Test
    void accountsAreExportedWithTheListsFiltersSortedByEmail() throws IOException {
        String team = "export-" + UUID.randomUUID().toString().substring(0, 8);
        for (String who : List.of("zeta", "alpha")) {
            register(Map.of("email", team + "-" + who + "@example.test", "displayName", "=HYPERLINK(\"x\")",
                    "country", "IR", "password", PASSWORD, "role", "MENTOR")).statusCode(201);
        }
        registered("STARTUP"); // another role: filtered out

        String body = export("/api/identity/admin/accounts/export", "email", team, "role", "MENTOR", "status", "ACTIVE");

        assertTrue(body.startsWith("id,email,displayName,country,roles,agency,status,createdAt"), body);
        List<CSVRecord> rows = csv(body);
        assertEquals(List.of(team + "-alpha@example.test", team + "-zeta@example.test"), rows.stream().map(r -> r.get("email")).toList());
        assertEquals("MENTOR", rows.get(0).get("roles"));
        assertEquals("ACTIVE", rows.get(0).get("status"));
        assertEquals("IR", rows.get(0).get("country"));
        assertEquals("'=HYPERLINK(\"x\")", rows.get(0).get("displayName")); // a spreadsheet must not run it
    }

    @Test
    void theAuditTrailIsExportedOldestFirstAcrossPages() throws IOException {
        Portal.Account startup = registered("STARTUP");
        login(startup.email(), "not the password").statusCode(401);
        int attempts = 510; // more than one export page of 500 rows: the rest written directly, as 509 more logins would
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i < attempts; i++) {
                audit.event(AuditType.LOGIN_FAILED).actor(startup.id()).target(startup.id()).detail("wrong password").write();
            }
        });

        List<CSVRecord> rows = csv(export("/api/identity/admin/audit/export", "target", startup.id()));

        assertEquals("ACCOUNT_REGISTERED", rows.get(0).get("type"));
        long failures = rows.stream().filter(r -> r.get("type").equals("LOGIN_FAILED") || r.get("type").equals("LOGIN_REJECTED")).count();
        assertEquals(attempts, failures);
        List<Long> ids = rows.stream().map(r -> Long.parseLong(r.get("id"))).toList();
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i) > ids.get(i - 1), "ids ascend without repeats at row " + i);
        }
        rows.forEach(r -> assertEquals(startup.id(), r.get("target")));
    }

    @Test
    void onlyAdminsExportAndBadFiltersAreProblems() {
        String startup = registered("STARTUP").bearer();
        for (String path : List.of("/api/identity/admin/accounts/export", "/api/identity/admin/audit/export")) {
            given().header("Authorization", startup).get(path).then().statusCode(403);
            given().get(path).then().statusCode(401);
        }
        given().header("Authorization", adminBearer()).queryParam("role", "EMPEROR").get("/api/identity/admin/accounts/export")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/validation"));
        given().header("Authorization", adminBearer()).queryParam("type", "NOPE").get("/api/identity/admin/audit/export")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
