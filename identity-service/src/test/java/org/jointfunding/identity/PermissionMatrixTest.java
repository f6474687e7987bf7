package org.jointfunding.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jointfunding.testkit.PermissionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.jointfunding.identity.PermissionMatrixTest.Caller.ADMIN;
import static org.jointfunding.identity.PermissionMatrixTest.Caller.AGENCY_ADMIN;
import static org.jointfunding.identity.PermissionMatrixTest.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The role gate of every endpoint, each caller against each, as funding's matrix does: anonymous
 * gets a 401 problem on protected endpoints, a refused role a 403 problem, an allowed role gets
 * past the gate (reads of the world's objects answer 200). Actions target a missing id and writes
 * send an empty body, so no case changes what another reads (key rotation, which takes neither,
 * does rotate: tokens signed before stay valid). {@code /internal/**} takes no token at all:
 * without the service credential everyone gets a 401. A row is needed for every endpoint of the
 * committed contract.
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Caller { ANONYMOUS, STARTUP, MENTOR, REVIEWER, AGENCY_ADMIN, ADMIN }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Caller> NO_TOKEN_ACCEPTED = EnumSet.noneOf(Caller.class);

    /** NONE: a plain request; ACTION: JSON content type without a body, as clients send actions; EMPTY_JSON: "{}". */
    enum Body { NONE, ACTION, EMPTY_JSON }

    /** Placeholders: {account} (a startup's), {client} (an API client), {event} (an outbox event), {agency}, {missing}. */
    record Endpoint(String method, String path, Body body, Set<Caller> allowed) {
        String operation() {
            return method + " " + path;
        }
    }

    private static Endpoint row(String method, String path, Body body, Set<Caller> allowed) {
        return new Endpoint(method, path, body, allowed);
    }

    private static Endpoint admin(String method, String path, Body body) {
        return new Endpoint(method, path, body, EnumSet.of(ADMIN));
    }

    static final List<Endpoint> MATRIX = List.of(
            // public: signing up and in, keys, discovery
            row("POST", "/api/identity/register", Body.EMPTY_JSON, EVERYONE),
            row("POST", "/api/identity/login", Body.EMPTY_JSON, EVERYONE),
            row("POST", "/api/identity/token", Body.EMPTY_JSON, EVERYONE),
            row("POST", "/api/identity/password-reset", Body.EMPTY_JSON, EVERYONE),
            row("POST", "/api/identity/logout", Body.EMPTY_JSON, EVERYONE),
            row("GET", "/api/identity/jwks", Body.NONE, EVERYONE),
            row("GET", "/api/identity/.well-known/openid-configuration", Body.NONE, EVERYONE),
            // the caller's own account and sessions
            row("GET", "/api/identity/me", Body.NONE, SIGNED_IN),
            row("PATCH", "/api/identity/me", Body.EMPTY_JSON, SIGNED_IN),
            row("POST", "/api/identity/me/password", Body.EMPTY_JSON, SIGNED_IN),
            row("GET", "/api/identity/me/sessions", Body.NONE, SIGNED_IN),
            row("DELETE", "/api/identity/me/sessions/{missing}", Body.NONE, SIGNED_IN),
            row("POST", "/api/identity/me/sessions/end-others", Body.ACTION, SIGNED_IN),
            // an agency's reviewers, for assigning reviews
            row("GET", "/api/identity/agencies/{agency}/reviewers", Body.NONE, EnumSet.of(AGENCY_ADMIN, ADMIN)),
            // administration
            admin("GET", "/api/identity/admin/accounts", Body.NONE),
            admin("GET", "/api/identity/admin/accounts/export", Body.NONE),
            admin("GET", "/api/identity/admin/accounts/{account}", Body.NONE),
            admin("PATCH", "/api/identity/admin/accounts/{missing}", Body.EMPTY_JSON),
            admin("PUT", "/api/identity/admin/accounts/{missing}/roles", Body.EMPTY_JSON),
            admin("POST", "/api/identity/admin/accounts/{missing}/disable", Body.ACTION),
            admin("POST", "/api/identity/admin/accounts/{missing}/enable", Body.ACTION),
            admin("POST", "/api/identity/admin/accounts/{missing}/unlock", Body.ACTION),
            admin("POST", "/api/identity/admin/accounts/{missing}/password-reset", Body.ACTION),
            admin("DELETE", "/api/identity/admin/accounts/{missing}/password-reset", Body.ACTION),
            admin("GET", "/api/identity/admin/audit", Body.NONE),
            admin("GET", "/api/identity/admin/audit/export", Body.NONE),
            admin("GET", "/api/identity/admin/clients", Body.NONE),
            admin("POST", "/api/identity/admin/clients", Body.EMPTY_JSON),
            admin("GET", "/api/identity/admin/clients/{client}", Body.NONE),
            admin("POST", "/api/identity/admin/clients/{missing}/revoke", Body.ACTION),
            admin("GET", "/api/identity/admin/events", Body.NONE),
            admin("GET", "/api/identity/admin/events/{event}", Body.NONE),
            admin("POST", "/api/identity/admin/events/{event}/retry", Body.ACTION),
            admin("POST", "/api/identity/admin/keys/rotate", Body.ACTION),
            admin("POST", "/api/identity/admin/keys/{missing}/revoke", Body.EMPTY_JSON),
            // notification-service's lookups: a service credential, never a user's token
            row("GET", "/internal/accounts", Body.NONE, NO_TOKEN_ACCEPTED),
            row("GET", "/internal/accounts/{account}", Body.NONE, NO_TOKEN_ACCEPTED),
            row("GET", "/internal/accounts/agency-admins/{agency}", Body.NONE, NO_TOKEN_ACCEPTED));

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(e -> EVERYONE.stream().map(c -> Arguments.of(e.operation(), c, e)));
    }

    private static World world;

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleAgainstEachEndpoint(String operation, Caller caller, Endpoint endpoint) {
        World w = world();
        Response response = w.request(caller, endpoint.body()).request(endpoint.method(), w.resolve(endpoint.path()));
        int status = response.statusCode();
        String context = operation + " as " + caller + " -> " + status + " " + response.asString();
        if (endpoint.allowed().contains(caller)) {
            PermissionMatrix.assertPassedTheGate(response, context);
            if (endpoint.method().equals("GET")) {
                assertEquals(200, status, "allowed read: " + context);
            }
        } else {
            int expected = caller == ANONYMOUS || endpoint.path().startsWith("/internal") ? 401 : 403;
            PermissionMatrix.assertRefused(response, expected, context);
        }
    }

    @Test
    void theMatrixCoversEveryEndpointOfTheCommittedOpenApi() {
        Set<String> tabled = MATRIX.stream().map(e -> PermissionMatrix.operation(e.method(), e.path()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(PermissionMatrix.contractOperations(), tabled);
        assertEquals(MATRIX.size(), tabled.size(), "one row per endpoint");
    }

    private static synchronized World world() {
        if (world == null) {
            world = new World();
        }
        return world;
    }

    /** The objects the matrix's paths point at, and one signed-in session per role, built once through the API. */
    private static final class World {
        static final String AGENCY = "MY-MIDA";

        final Map<Caller, String> bearers;
        final String account;
        final String client;
        final String event;

        World() {
            String admin = Portal.adminBearer();
            Portal.Account startup = Portal.registered("STARTUP");
            bearers = Map.of(
                    Caller.STARTUP, startup.bearer(),
                    Caller.MENTOR, Portal.registered("MENTOR").bearer(),
                    Caller.REVIEWER, Portal.withRoles(AGENCY, "REVIEWER").bearer(),
                    AGENCY_ADMIN, Portal.withRoles(AGENCY, "AGENCY_ADMIN").bearer(),
                    ADMIN, admin);
            account = startup.id();
            client = given().header("Authorization", admin).contentType("application/json")
                    .body(Map.of("name", "permission matrix", "roles", List.of("STARTUP")))
                    .post("/api/identity/admin/clients").then().statusCode(201).extract().path("clientId");
            // a reset code issued (for someone else: it ends that account's sessions) is an event for notification-service
            given().header("Authorization", admin).contentType("application/json").body(Map.of("reason", "matrix"))
                    .post("/api/identity/admin/accounts/" + Portal.registered("STARTUP").id() + "/password-reset")
                    .then().statusCode(200);
            event = String.valueOf(given().header("Authorization", admin).queryParam("limit", 1).get("/api/identity/admin/events")
                    .then().statusCode(200).extract().<Integer>path("items[0].seq"));
        }

        RequestSpecification request(Caller caller, Body body) {
            RequestSpecification spec = given();
            if (caller != ANONYMOUS) {
                spec.header("Authorization", bearers.get(caller));
            }
            return switch (body) {
                case NONE -> spec;
                case ACTION -> spec.contentType("application/json");
                case EMPTY_JSON -> spec.contentType("application/json").body("{}");
            };
        }

        String resolve(String path) {
            return path.replace("{account}", account)
                    .replace("{client}", client)
                    .replace("{event}", event)
                    .replace("{agency}", AGENCY)
                    .replace("{missing}", UUID.randomUUID().toString());
        }
    }
}
