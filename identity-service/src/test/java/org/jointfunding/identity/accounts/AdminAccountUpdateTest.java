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
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.registered;
import static org.jointfunding.identity.Portal.uniqueEmail;

@QuarkusTest
class AdminAccountUpdateTest {

    private static ValidatableResponse update(String bearer, String id, Map<String, Object> body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .patch("/api/identity/admin/accounts/" + id).then();
    }

    private static int version(String id) {
        return given().header("Authorization", adminBearer()).get("/api/identity/admin/accounts/" + id)
                .then().statusCode(200).extract().path("version");
    }

    @Test
    void anAdminCorrectsTheLoginEmailAndThePasswordStays() {
        Portal.Account startup = registered("STARTUP");
        String corrected = uniqueEmail("corrected");

        update(adminBearer(), startup.id(), Map.of("email", corrected.toUpperCase(Locale.ROOT), "version", version(startup.id())))
                .statusCode(200).body("email", equalTo(corrected)).body("displayName", equalTo("Test STARTUP"));

        login(startup.email(), PASSWORD).statusCode(401);
        login(corrected, PASSWORD).statusCode(200);
        given().header("Authorization", adminBearer()).queryParam("target", startup.id()).queryParam("type", "PROFILE_UPDATED")
                .get("/api/identity/admin/audit").then().statusCode(200)
                .body("items[0].detail", equalTo("email " + startup.email() + " -> " + corrected));
    }

    @Test
    void anEmailOfAnotherAccountAMalformedOneOrAStaleVersionChangeNothing() {
        Portal.Account startup = registered("STARTUP");
        Portal.Account other = registered("MENTOR");
        int read = version(startup.id());

        update(adminBearer(), startup.id(), Map.of("email", other.email(), "version", read)).statusCode(409)
                .body("type", equalTo("/problems/email-taken"));
        update(adminBearer(), startup.id(), Map.of("email", "not an email", "version", read)).statusCode(400)
                .body("errors[0].field", equalTo("email"));
        update(adminBearer(), startup.id(), Map.of("displayName", "Renamed", "version", read)).statusCode(200);
        update(adminBearer(), startup.id(), Map.of("displayName", "From an old page", "version", read)).statusCode(409)
                .body("type", equalTo("/problems/concurrent-modification"));
        update(adminBearer(), UUID.randomUUID().toString(), Map.of("displayName", "Nobody", "version", 0)).statusCode(404);

        login(startup.email(), PASSWORD).statusCode(200);
        Portal.me(startup.bearer()).body("displayName", equalTo("Renamed"));
    }

    @Test
    void onlyAnAdminCorrectsAccounts() {
        Portal.Account startup = registered("STARTUP");
        Portal.Account agencyAdmin = Portal.withRoles("MY-MIDA", "AGENCY_ADMIN");
        Map<String, Object> takeover = Map.of("email", uniqueEmail("attacker"), "version", version(startup.id()));

        update(startup.bearer(), startup.id(), takeover).statusCode(403);
        update(agencyAdmin.bearer(), startup.id(), takeover).statusCode(403);
        given().contentType(ContentType.JSON).body(takeover).patch("/api/identity/admin/accounts/" + startup.id()).then().statusCode(401);

        login(startup.email(), PASSWORD).statusCode(200);
    }

    @Test
    void everyRoleAtOnceIsGrantedAndAudited() {
        Portal.Account account = registered("STARTUP");
        List<String> all = List.of("STARTUP", "MENTOR", "REVIEWER", "AGENCY_ADMIN", "ADMIN");

        given().header("Authorization", adminBearer()).contentType(ContentType.JSON)
                .body(Map.of("roles", all, "agency", "MY-MIDA", "version", version(account.id())))
                .put("/api/identity/admin/accounts/" + account.id() + "/roles").then().statusCode(200)
                .body("roles", equalTo(all));

        given().header("Authorization", adminBearer()).queryParam("target", account.id()).queryParam("type", "ROLES_CHANGED")
                .get("/api/identity/admin/audit").then().statusCode(200)
                .body("items[0].toState", equalTo("STARTUP,MENTOR,REVIEWER,AGENCY_ADMIN,ADMIN@MY-MIDA")); // 50 characters
    }
}
