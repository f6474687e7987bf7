package org.jointfunding.notification.preferences;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.jointfunding.notification.support.Events.bearer;

@QuarkusTest
class PreferencesTest {

    @Test
    void settingsStartAtEnglishWithEveryEmailAndAreSavedOnlyOverTheVersionRead() {
        String me = UUID.randomUUID().toString();
        given().header("Authorization", bearer(me)).get("/api/notifications/preferences").then().statusCode(200)
                .header("ETag", "\"0\"").body("language", equalTo("en")).body("emailOff", equalTo(List.of()))
                .body("kinds", hasItem("APPLICATION_AWARDED"));
        Map<String, Object> persian = Map.of("language", "fa", "emailOff", List.of("APPLICATION_UNDER_REVIEW"));
        given().header("Authorization", bearer(me)).contentType("application/json").body(persian).put("/api/notifications/preferences")
                .then().statusCode(428);
        given().header("Authorization", bearer(me)).header("If-Match", "\"0\"").contentType("application/json").body(persian)
                .put("/api/notifications/preferences").then().statusCode(200).header("ETag", "\"1\"").body("language", equalTo("fa"));
        given().header("Authorization", bearer(me)).header("If-Match", "\"0\"").contentType("application/json").body(persian)
                .put("/api/notifications/preferences").then().statusCode(412);
        given().header("Authorization", bearer(me)).get("/api/notifications/preferences").then()
                .body("emailOff", equalTo(List.of("APPLICATION_UNDER_REVIEW")));
        given().header("Authorization", bearer(UUID.randomUUID().toString())).get("/api/notifications/preferences").then()
                .body("language", equalTo("en"));
    }

    @Test
    void unknownLanguagesAndKindsAreRefused() {
        String me = UUID.randomUUID().toString();
        given().header("Authorization", bearer(me)).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("language", "de", "emailOff", List.of())).put("/api/notifications/preferences").then().statusCode(400)
                .body("errors.field", hasItem("language"));
        given().header("Authorization", bearer(me)).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("language", "en", "emailOff", List.of("EVERYTHING"))).put("/api/notifications/preferences").then()
                .statusCode(400);
        given().get("/api/notifications/preferences").then().statusCode(401);
    }
}
