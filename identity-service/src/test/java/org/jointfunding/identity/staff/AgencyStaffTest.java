package org.jointfunding.identity.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.withRoles;

@QuarkusTest
class AgencyStaffTest {

    @Test
    void anAgencyAdminListsItsOwnAgencysReviewersWhoCanSignIn() {
        String agency = "MY-S" + (System.nanoTime() % 100000);
        Portal.Account reviewer = withRoles(agency, "REVIEWER");
        Portal.Account disabled = withRoles(agency, "REVIEWER");
        Portal.Account otherAgency = withRoles("TH-NIA", "REVIEWER");
        Portal.Account colleague = withRoles(agency, "AGENCY_ADMIN");
        given().header("Authorization", adminBearer()).contentType(ContentType.JSON).body(Map.of("reason", "left"))
                .post("/api/identity/admin/accounts/" + disabled.id() + "/disable").then().statusCode(200);

        given().header("Authorization", colleague.bearer()).get("/api/identity/agencies/" + agency + "/reviewers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(reviewer.id()))
                .body("items[0].email", equalTo(reviewer.email()))
                .body("items.id", not(hasItem(otherAgency.id())))
                .body("items.id", not(hasItem(colleague.id())));
    }

    @Test
    void anotherAgencysAdminAndOtherRolesAreRefused() {
        String agency = "MY-T" + (System.nanoTime() % 100000);
        withRoles(agency, "REVIEWER");
        Portal.Account outsider = withRoles("TH-NIA", "AGENCY_ADMIN");
        Portal.Account reviewer = withRoles(agency, "REVIEWER");
        given().header("Authorization", outsider.bearer()).get("/api/identity/agencies/" + agency + "/reviewers")
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().header("Authorization", reviewer.bearer()).get("/api/identity/agencies/" + agency + "/reviewers")
                .then().statusCode(403);
        given().header("Authorization", adminBearer()).get("/api/identity/agencies/" + agency + "/reviewers")
                .then().statusCode(200).body("total", equalTo(2));
    }
}
