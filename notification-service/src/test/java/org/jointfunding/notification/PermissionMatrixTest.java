package org.jointfunding.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jointfunding.testkit.PermissionMatrix;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The role gate of every endpoint, each caller against each, as funding's matrix does:
 * anonymous gets a 401 problem, a refused role a 403 problem, an allowed role gets past the gate
 * (reads answer 200). {@code /internal/events} takes no token at all: without the service
 * credential everyone gets a 401. A row is needed for every endpoint of the committed contract.
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Caller { ANONYMOUS, STARTUP, MENTOR, REVIEWER, AGENCY_ADMIN, ADMIN }

    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));

    record Endpoint(String method, String path, Set<Caller> allowed) {
        String operation() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> MATRIX = List.of(
            new Endpoint("GET", "/api/notifications", SIGNED_IN),
            new Endpoint("GET", "/api/notifications/unread-count", SIGNED_IN),
            new Endpoint("POST", "/api/notifications/{missing}/read", SIGNED_IN),
            new Endpoint("POST", "/api/notifications/read-all", SIGNED_IN),
            new Endpoint("GET", "/api/notifications/preferences", SIGNED_IN),
            new Endpoint("PUT", "/api/notifications/preferences", SIGNED_IN),
            new Endpoint("GET", "/api/notifications/admin/emails", EnumSet.of(Caller.ADMIN)),
            new Endpoint("POST", "/api/notifications/admin/emails/{missing}/retry", EnumSet.of(Caller.ADMIN)),
            new Endpoint("POST", "/internal/events", EnumSet.noneOf(Caller.class)));

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(e -> EnumSet.allOf(Caller.class).stream().map(c -> Arguments.of(e.operation(), c, e)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleAgainstEachEndpoint(String operation, Caller caller, Endpoint endpoint) {
        RequestSpecification spec = given().contentType("application/json").body("{}");
        if (caller != Caller.ANONYMOUS) {
            spec.header("Authorization", TestTokens.user(caller.name()).bearer());
        }
        Response response = spec.request(endpoint.method(), endpoint.path().replace("{missing}", UUID.randomUUID().toString()));
        int status = response.statusCode();
        String context = operation + " as " + caller + " -> " + status + " " + response.asString();
        if (endpoint.allowed().contains(caller)) {
            PermissionMatrix.assertPassedTheGate(response, context);
            if (endpoint.method().equals("GET")) {
                assertEquals(200, status, "allowed read: " + context);
            }
        } else {
            int expected = caller == Caller.ANONYMOUS || endpoint.path().startsWith("/internal") ? 401 : 403;
            PermissionMatrix.assertRefused(response, expected, context);
        }
    }

    @Test
    void theMatrixCoversEveryEndpointOfTheCommittedOpenApi() {
        Set<String> tabled = MATRIX.stream().map(e -> PermissionMatrix.operation(e.method(), e.path()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(PermissionMatrix.contractOperations(), tabled);
    }
}
