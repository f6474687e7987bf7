package org.jointfunding.identity.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.registered;

/** notification-service's lookups: who an account is, and who administers an agency; only with the service credential. */
@QuarkusTest
class InternalAccountsTest {

    private static RequestSpecification asService() {
        return given().header("X-Service-Credential", "local-dev-events-credential");
    }

    private static Portal.Account agencyAdmin(String agency) {
        Portal.Account account = registered("STARTUP");
        given().header("Authorization", adminBearer()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("AGENCY_ADMIN"), "agency", agency))
                .put("/api/identity/admin/accounts/" + account.id() + "/roles").then().statusCode(200);
        return account;
    }

    @Test
    void anAccountIsFoundByIdOrAddress() {
        Portal.Account startup = registered("STARTUP");
        asService().get("/internal/accounts/" + startup.id()).then().statusCode(200)
                .body("email", equalTo(startup.email())).body("active", equalTo(true));
        asService().queryParam("email", startup.email().toUpperCase()).get("/internal/accounts").then().statusCode(200)
                .body("id", equalTo(startup.id()));
        asService().get("/internal/accounts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anAgencysActiveAdministratorsAreListedAndNobodyElse() {
        String agency = "MY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Portal.Account first = agencyAdmin(agency);
        Portal.Account second = agencyAdmin(agency);
        Portal.Account disabled = agencyAdmin(agency);
        agencyAdmin("IR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase()); // another agency's
        given().header("Authorization", adminBearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + disabled.id() + "/disable").then().statusCode(200);

        asService().get("/internal/accounts/agency-admins/" + agency).then().statusCode(200)
                .body("items.id.sort()", equalTo(List.of(first.id(), second.id()).stream().sorted().toList()));
        asService().get("/internal/accounts/agency-admins/NO-SUCH").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void withoutTheServiceCredentialNothingIsTold() {
        Portal.Account startup = registered("STARTUP");
        given().get("/internal/accounts/" + startup.id()).then().statusCode(401);
        given().header("X-Service-Credential", "guess").get("/internal/accounts/agency-admins/MY-MIDA").then().statusCode(401);
        given().header("Authorization", adminBearer()).get("/internal/accounts/agency-admins/MY-MIDA").then().statusCode(401);
    }
}
