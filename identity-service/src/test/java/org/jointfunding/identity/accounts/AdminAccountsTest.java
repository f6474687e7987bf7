package org.jointfunding.identity.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.jointfunding.identity.Portal.accountETag;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.registered;
import static org.jointfunding.identity.Portal.withRoles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class AdminAccountsTest {

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().header("Authorization", adminBearer());
    }

    @Test
    void theFirstAdminWasBootstrappedFromConfiguration() {
        String admin = adminBearer();
        String id = given().header("Authorization", admin).get("/api/identity/me").then().statusCode(200)
                .body("email", equalTo(Portal.ADMIN_EMAIL)).body("roles", equalTo(List.of("ADMIN")))
                .extract().path("id");
        given().header("Authorization", admin).queryParam("type", "ADMIN_BOOTSTRAPPED").get("/api/identity/admin/audit")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].target", equalTo(id))
                .body("items[0].actor", equalTo("system"));
    }

    @Test
    void grantingReviewerWithAgencyShowsInTheNextToken() {
        Portal.Account account = withRoles("MY-MIDA", "REVIEWER");
        Map<String, Object> claims = claims(account.login());
        assertEquals(List.of("REVIEWER"), claims.get("groups"));
        assertEquals("MY-MIDA", claims.get("agency"));
        assertEquals(account.id(), claims.get("sub"));
        assertEquals(account.email(), claims.get("email"));
        assertEquals("MY", claims.get("country"));
        assertEquals("http://localhost:8080/api/identity", claims.get("iss"));
        assertEquals("joint-funding-portal", claims.get("aud"));
        asAdmin().queryParam("type", "ROLES_CHANGED").queryParam("target", account.id()).get("/api/identity/admin/audit")
                .then().statusCode(200).body("items[0].fromState", equalTo("STARTUP"))
                .body("items[0].toState", equalTo("REVIEWER@MY-MIDA"));
    }

    @Test
    void agencyRolesNeedAnAgencyAndOthersRefuseOne() {
        Portal.Account account = registered("STARTUP");
        String path = "/api/identity/admin/accounts/" + account.id() + "/roles";
        String etag = accountETag(account.id());
        asAdmin().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("roles", List.of("AGENCY_ADMIN")))
                .put(path).then().statusCode(400).body("errors.field", hasItem("agency"));
        asAdmin().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("roles", List.of("MENTOR"), "agency", "MY-MIDA"))
                .put(path).then().statusCode(400).body("errors.field", hasItem("agency"));
        asAdmin().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("roles", List.of("REVIEWER"), "agency", "mida"))
                .put(path).then().statusCode(400).body("errors.field", hasItem("agency"));
        asAdmin().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("roles", List.of()))
                .put(path).then().statusCode(400).body("errors.field", hasItem("roles"));
        assertEquals(etag, accountETag(account.id())); // nothing changed
    }

    @Test
    void rolesAreSetOnlyWithTheCurrentETag() {
        Portal.Account account = registered("STARTUP");
        String path = "/api/identity/admin/accounts/" + account.id() + "/roles";
        String read = asAdmin().get("/api/identity/admin/accounts/" + account.id()).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("version", equalTo(0)).extract().header("ETag");

        asAdmin().contentType(ContentType.JSON).body(Map.of("roles", List.of("MENTOR")))
                .put(path).then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));
        var saved = asAdmin().header("If-Match", read).contentType(ContentType.JSON).body(Map.of("roles", List.of("STARTUP", "MENTOR")))
                .put(path).then().statusCode(200).body("roles", equalTo(List.of("STARTUP", "MENTOR"))).extract();
        int v1 = saved.path("version");
        assertNotEquals(0, v1);
        assertEquals("\"" + v1 + "\"", saved.header("ETag"));

        asAdmin().header("If-Match", read).contentType(ContentType.JSON).body(Map.of("roles", List.of("MENTOR")))
                .put(path).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version")).body("currentVersion", equalTo(v1));
        asAdmin().get("/api/identity/admin/accounts/" + account.id()).then().statusCode(200)
                .header("ETag", equalTo(saved.header("ETag"))).body("roles", equalTo(List.of("STARTUP", "MENTOR")));
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedOrDisabled() {
        Portal.Account second = withRoles(null, "ADMIN");
        String admin = adminBearer();
        String adminId = given().header("Authorization", admin).get("/api/identity/me").then().statusCode(200).extract().path("id");
        // while another ADMIN is enabled, an ADMIN may step down
        given().header("Authorization", second.bearer()).contentType(ContentType.JSON).body(Map.of("reason", "rotation"))
                .post("/api/identity/admin/accounts/" + second.id() + "/disable").then().statusCode(200);
        // leave the bootstrap ADMIN alone
        List<String> others = given().header("Authorization", admin).queryParam("role", "ADMIN").queryParam("status", "ACTIVE")
                .queryParam("limit", 100).get("/api/identity/admin/accounts").then().statusCode(200).extract().path("items.id");
        others.stream().filter(id -> !id.equals(adminId)).forEach(id -> given().header("Authorization", admin)
                .contentType(ContentType.JSON).body(Map.of()).post("/api/identity/admin/accounts/" + id + "/disable")
                .then().statusCode(200));
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + adminId + "/disable").then().statusCode(409)
                .body("type", equalTo("/problems/last-admin"));
        given().header("Authorization", admin).header("If-Match", accountETag(adminId)).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("MENTOR")))
                .put("/api/identity/admin/accounts/" + adminId + "/roles").then().statusCode(409)
                .body("type", equalTo("/problems/last-admin"));
    }

    @Test
    void disableAndEnableFollowTheStateMachine() {
        Portal.Account account = registered("MENTOR");
        String base = "/api/identity/admin/accounts/" + account.id();
        asAdmin().contentType(ContentType.JSON).body(Map.of()).post(base + "/enable").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition")).body("state", equalTo("ACTIVE"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "left")).post(base + "/disable").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of()).post(base + "/disable").then().statusCode(409);
        asAdmin().queryParam("type", "ACCOUNT_DISABLED").queryParam("target", account.id()).get("/api/identity/admin/audit")
                .then().statusCode(200).body("items[0].detail", equalTo("left")).body("items[0].toState", equalTo("DISABLED"))
                .body("items[0].actor", org.hamcrest.Matchers.notNullValue());
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(301))).post(base + "/enable")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        asAdmin().get("/api/identity/admin/accounts/" + UUID.randomUUID()).then().statusCode(404);
        asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/identity/admin/accounts/" + UUID.randomUUID() + "/disable")
                .then().statusCode(404);
    }

    @Test
    void listIsPagedFilteredAndValidated() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Portal.register(Map.of("email", "page-" + tag + "-" + i + "@example.test", "displayName", "P" + i,
                    "country", "IR", "password", Portal.PASSWORD, "role", i == 2 ? "MENTOR" : "STARTUP")).statusCode(201);
        }
        asAdmin().queryParam("email", "PAGE-" + tag).queryParam("limit", 2).get("/api/identity/admin/accounts")
                .then().statusCode(200).body("total", equalTo(3)).body("limit", equalTo(2)).body("offset", equalTo(0))
                .body("items", hasSize(2)).body("items[0].email", equalTo("page-" + tag + "-0@example.test"));
        asAdmin().queryParam("email", "page-" + tag).queryParam("limit", 2).queryParam("offset", 2).get("/api/identity/admin/accounts")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].email", equalTo("page-" + tag + "-2@example.test"));
        asAdmin().queryParam("email", "page-" + tag).queryParam("role", "MENTOR").get("/api/identity/admin/accounts")
                .then().statusCode(200).body("total", equalTo(1)).body("items.roles", everyItem(hasItem("MENTOR")));
        asAdmin().queryParam("limit", 0).get("/api/identity/admin/accounts").then().statusCode(400).body("errors.field", hasItem("limit"));
        asAdmin().queryParam("limit", 101).get("/api/identity/admin/accounts").then().statusCode(400);
        asAdmin().queryParam("offset", -1).get("/api/identity/admin/accounts").then().statusCode(400).body("errors.field", hasItem("offset"));
        asAdmin().queryParam("limit", 0).get("/api/identity/admin/audit").then().statusCode(400);
        asAdmin().queryParam("status", "SLEEPING").get("/api/identity/admin/accounts").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        asAdmin().queryParam("role", "KING").get("/api/identity/admin/accounts").then().statusCode(400)
                .body("errors.field", hasItem("role"));
        asAdmin().queryParam("type", "NOPE").get("/api/identity/admin/audit").then().statusCode(400)
                .body("errors.field", hasItem("type"));
    }

    @Test
    void startupsAndMentorsCannotAdministerAccounts() {
        Portal.Account victim = registered("STARTUP");
        for (String role : new String[]{"STARTUP", "MENTOR"}) {
            String bearer = registered(role).bearer();
            given().header("Authorization", bearer).get("/api/identity/admin/accounts/" + victim.id()).then().statusCode(403);
            given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/identity/admin/accounts/" + victim.id() + "/disable").then().statusCode(403);
            given().header("Authorization", bearer).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body(Map.of("roles", List.of("ADMIN")))
                    .put("/api/identity/admin/accounts/" + victim.id() + "/roles").then().statusCode(403);
        }
        given().header("Authorization", withRoles("MY-MIDA", "AGENCY_ADMIN").bearer())
                .get("/api/identity/admin/accounts").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String jwt) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(json).getMap("");
    }
}
