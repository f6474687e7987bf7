package org.jointfunding.identity.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.accountETag;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.registered;
import static org.jointfunding.identity.Portal.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AdminAccountUpdateTest {

    private static ValidatableResponse update(String bearer, String id, String ifMatch, Map<String, Object> body) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(body);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).patch("/api/identity/admin/accounts/" + id).then();
    }

    @Test
    void anAdminCorrectsTheLoginEmailAndThePasswordStays() {
        Portal.Account startup = registered("STARTUP");
        String corrected = uniqueEmail("corrected");

        var saved = update(adminBearer(), startup.id(), accountETag(startup.id()), Map.of("email", corrected.toUpperCase(Locale.ROOT)))
                .statusCode(200).body("email", equalTo(corrected)).body("displayName", equalTo("Test STARTUP")).extract();
        assertEquals("\"" + saved.path("version") + "\"", saved.header("ETag"));
        assertEquals(saved.header("ETag"), accountETag(startup.id()));

        login(startup.email(), PASSWORD).statusCode(401);
        login(corrected, PASSWORD).statusCode(200);
        given().header("Authorization", adminBearer()).queryParam("target", startup.id()).queryParam("type", "PROFILE_UPDATED")
                .get("/api/identity/admin/audit").then().statusCode(200)
                .body("items[0].detail", equalTo("email " + startup.email() + " -> " + corrected));
    }

    @Test
    void anEmailOfAnotherAccountAMalformedOneAStaleOrMissingIfMatchChangeNothing() {
        Portal.Account startup = registered("STARTUP");
        Portal.Account other = registered("MENTOR");
        String read = accountETag(startup.id());

        update(adminBearer(), startup.id(), read, Map.of("email", other.email())).statusCode(409)
                .body("type", equalTo("/problems/email-taken"));
        update(adminBearer(), startup.id(), read, Map.of("email", "not an email")).statusCode(400)
                .body("errors[0].field", equalTo("email"));
        update(adminBearer(), startup.id(), null, Map.of("displayName", "Without If-Match")).statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("/problems/precondition-required"));
        update(adminBearer(), startup.id(), read, Map.of("displayName", "Renamed")).statusCode(200);
        update(adminBearer(), startup.id(), read, Map.of("displayName", "From an old page")).statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        update(adminBearer(), UUID.randomUUID().toString(), "\"0\"", Map.of("displayName", "Nobody")).statusCode(404);

        login(startup.email(), PASSWORD).statusCode(200);
        Portal.me(startup.bearer()).body("displayName", equalTo("Renamed"));
    }

    @Test
    void onlyAnAdminCorrectsAccounts() {
        Portal.Account startup = registered("STARTUP");
        Portal.Account agencyAdmin = Portal.withRoles("MY-MIDA", "AGENCY_ADMIN");
        Map<String, Object> takeover = Map.of("email", uniqueEmail("attacker"));
        String etag = accountETag(startup.id());

        update(startup.bearer(), startup.id(), etag, takeover).statusCode(403);
        update(agencyAdmin.bearer(), startup.id(), etag, takeover).statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(takeover)
                .patch("/api/identity/admin/accounts/" + startup.id()).then().statusCode(401);

        login(startup.email(), PASSWORD).statusCode(200);
    }

    @Test
    void everyRoleAtOnceIsGrantedAndAudited() {
        Portal.Account account = registered("STARTUP");
        List<String> all = List.of("STARTUP", "MENTOR", "REVIEWER", "AGENCY_ADMIN", "ADMIN");

        given().header("Authorization", adminBearer()).header("If-Match", accountETag(account.id())).contentType(ContentType.JSON)
                .body(Map.of("roles", all, "agency", "MY-MIDA"))
                .put("/api/identity/admin/accounts/" + account.id() + "/roles").then().statusCode(200)
                .body("roles", equalTo(all));

        given().header("Authorization", adminBearer()).queryParam("target", account.id()).queryParam("type", "ROLES_CHANGED")
                .get("/api/identity/admin/audit").then().statusCode(200)
                .body("items[0].toState", equalTo("STARTUP,MENTOR,REVIEWER,AGENCY_ADMIN,ADMIN@MY-MIDA")); // 50 characters
    }
}
