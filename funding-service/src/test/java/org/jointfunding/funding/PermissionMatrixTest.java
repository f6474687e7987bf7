package org.jointfunding.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.PermissionMatrix;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.jointfunding.funding.PermissionMatrixTest.Caller.ADMIN;
import static org.jointfunding.funding.PermissionMatrixTest.Caller.AGENCY_ADMIN;
import static org.jointfunding.funding.PermissionMatrixTest.Caller.ANONYMOUS;
import static org.jointfunding.funding.PermissionMatrixTest.Caller.MENTOR;
import static org.jointfunding.funding.PermissionMatrixTest.Caller.REVIEWER;
import static org.jointfunding.funding.PermissionMatrixTest.Caller.STARTUP;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The role gate of every endpoint: each caller (anonymous and the five roles) against each endpoint.
 * Anonymous gets a 401 problem on protected endpoints, a refused role a 403 problem, an allowed role
 * anything but 401/403/5xx (a 400/404/409 on a deliberately empty body or a missing id is fine: the point
 * is that the request got past the role check); allowed reads of the fixtures must give 200. The allowed
 * roles are listed explicitly, so dropping or widening a {@code @RolesAllowed} fails here;
 * {@link #theMatrixCoversEveryEndpointOfTheCommittedOpenApi} fails when an endpoint is added without a row.
 *
 * <p>The objects are chosen so that object-level checks pass for the allowed roles: STARTUP owns the
 * applications, REVIEWER is assigned to the submitted one and belongs to a co-funding agency, AGENCY_ADMIN
 * administers that co-funding agency (not the one that created the calls). State-changing actions target
 * a missing id and creates/edits send an empty body, so no case changes the fixtures another case reads.
 * (Actions are sent with a JSON content type, as clients do: Quarkus matches {@code @Consumes} before the
 * role check, so a bodiless POST without one gets 415 before 401/403.)
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Caller { ANONYMOUS, STARTUP, MENTOR, REVIEWER, AGENCY_ADMIN, ADMIN }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

    /** Placeholders in paths: {open} OPEN call, {evaluated} call under evaluation, {draft} DRAFT application,
     * {submitted} application under review, {review}, {attachment}, {invitation} (to the submitted one, by its owner),
     * {agency}, {event} an outbox event,
     * {missing} a random id. */
    record Endpoint(String method, String path, Set<Caller> allowed, Body body) {
        boolean isPublic() {
            return allowed.contains(ANONYMOUS);
        }

        String operation() {
            return method + " " + path;
        }
    }

    /** NONE: a plain request; ACTION: a JSON action without a body (as clients send them); EMPTY_JSON: "{}";
     * BYTES: a small PDF upload. */
    enum Body { NONE, ACTION, EMPTY_JSON, BYTES }

    private static Endpoint row(String method, String path, Body body, Caller... allowed) {
        return new Endpoint(method, path, allowed.length == 0 ? Set.of() : EnumSet.of(allowed[0], allowed), body);
    }

    private static Endpoint publicRow(String path) {
        return new Endpoint("GET", path, EVERYONE, Body.NONE);
    }

    static final List<Endpoint> MATRIX = List.of(
            // agencies
            publicRow("/api/funding/agencies"),
            publicRow("/api/funding/agencies/{agency}"),
            row("POST", "/api/funding/agencies", Body.EMPTY_JSON, ADMIN),
            row("PUT", "/api/funding/agencies/{agency}", Body.EMPTY_JSON, ADMIN),
            // calls
            publicRow("/api/funding/calls"),
            publicRow("/api/funding/calls/{open}"),
            row("POST", "/api/funding/calls", Body.EMPTY_JSON, AGENCY_ADMIN, ADMIN),
            row("PUT", "/api/funding/calls/{open}", Body.EMPTY_JSON, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/calls/{missing}/open", Body.ACTION, AGENCY_ADMIN, ADMIN),
            row("PUT", "/api/funding/calls/{missing}/funders/{agency}", Body.EMPTY_JSON, AGENCY_ADMIN, ADMIN),
            row("DELETE", "/api/funding/calls/{missing}/funders/{agency}", Body.NONE, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/calls/{missing}/extend", Body.EMPTY_JSON, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/calls/{missing}/close", Body.ACTION, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/calls/{missing}/start-evaluation", Body.ACTION, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/calls/{missing}/decide", Body.ACTION, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/calls/{missing}/cancel", Body.ACTION, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/calls/{evaluated}/applications/export", Body.NONE, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/calls/{evaluated}/ranking", Body.NONE, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/calls/{evaluated}/ranking/export", Body.NONE, AGENCY_ADMIN, ADMIN),
            // applications
            row("GET", "/api/funding/applications", Body.NONE, STARTUP, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/applications/{submitted}", Body.NONE, STARTUP, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/applications", Body.EMPTY_JSON, STARTUP),
            row("PUT", "/api/funding/applications/{draft}", Body.EMPTY_JSON, STARTUP),
            row("POST", "/api/funding/applications/{missing}/submit", Body.ACTION, STARTUP),
            row("POST", "/api/funding/applications/{missing}/withdraw", Body.ACTION, STARTUP),
            row("GET", "/api/funding/applications/{submitted}/eligibility", Body.NONE, STARTUP, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/applications/{submitted}/history", Body.NONE, STARTUP, AGENCY_ADMIN, ADMIN),
            // collaborators
            row("GET", "/api/funding/applications/{submitted}/collaborators", Body.NONE, STARTUP, AGENCY_ADMIN, ADMIN),
            row("DELETE", "/api/funding/applications/{missing}/collaborators/{missing}", Body.NONE, STARTUP),
            // consortium invitations
            row("GET", "/api/funding/applications/{submitted}/invitations", Body.NONE, STARTUP, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/applications/{draft}/invitations", Body.EMPTY_JSON, STARTUP),
            row("GET", "/api/funding/invitations", Body.NONE, STARTUP),
            row("GET", "/api/funding/invitations/{invitation}", Body.NONE, STARTUP, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/invitations/{missing}/accept", Body.ACTION, STARTUP),
            row("POST", "/api/funding/invitations/{missing}/decline", Body.ACTION, STARTUP),
            row("POST", "/api/funding/invitations/{missing}/revoke", Body.ACTION, STARTUP),
            // attachments
            row("GET", "/api/funding/attachment-rules", Body.NONE, STARTUP, REVIEWER, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/applications/{submitted}/attachments", Body.NONE, STARTUP, REVIEWER, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/applications/{missing}/attachments", Body.BYTES, STARTUP),
            row("GET", "/api/funding/attachments/{attachment}", Body.NONE, STARTUP, REVIEWER, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/attachments/{attachment}/content", Body.NONE, STARTUP, REVIEWER, AGENCY_ADMIN, ADMIN),
            row("DELETE", "/api/funding/attachments/{missing}", Body.NONE, STARTUP),
            // reviews
            row("GET", "/api/funding/reviews", Body.NONE, REVIEWER, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/reviews", Body.EMPTY_JSON, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/reviews/{review}", Body.NONE, REVIEWER, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/reviews/{missing}/conflict", Body.EMPTY_JSON, REVIEWER),
            row("POST", "/api/funding/reviews/{missing}/submit", Body.EMPTY_JSON, REVIEWER),
            // awards
            row("GET", "/api/funding/applications/{submitted}/award", Body.NONE, STARTUP, AGENCY_ADMIN, ADMIN),
            row("POST", "/api/funding/applications/{missing}/award/approve", Body.ACTION, AGENCY_ADMIN),
            row("POST", "/api/funding/applications/{missing}/award/refuse", Body.ACTION, AGENCY_ADMIN),
            // outbox
            row("GET", "/api/funding/admin/events", Body.NONE, ADMIN),
            row("GET", "/api/funding/admin/events/{event}", Body.NONE, ADMIN),
            row("POST", "/api/funding/admin/events/{event}/retry", Body.ACTION, ADMIN),
            // audit
            row("GET", "/api/funding/audit", Body.NONE, AGENCY_ADMIN, ADMIN),
            row("GET", "/api/funding/audit/export", Body.NONE, AGENCY_ADMIN, ADMIN));

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(endpoint -> EVERYONE.stream()
                .map(caller -> Arguments.of(endpoint.operation(), caller, endpoint)));
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
                // Reads target real objects the caller may see, so object-level checks pass too.
                assertEquals(200, status, "allowed read: " + context);
            }
        } else {
            int expected = caller == ANONYMOUS ? 401 : 403;
            PermissionMatrix.assertRefused(response, expected, context);
            assertEquals(expected == 401 ? "/problems/unauthorized" : "/problems/forbidden", response.path("type"), context);
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

    /** The objects the matrix's paths point at, built once through the API. */
    private static final class World {
        private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        final TestTokens startup = TestTokens.user("STARTUP");
        final String mentor = TestTokens.user("MENTOR").bearer();
        final TestTokens reviewer;
        final String agencyAdmin;
        final JointCallFixture evaluated;
        final String open;
        final String draft;
        final String submitted;
        final String attachment;
        final String invitation;
        final String review;
        final String event;

        World() {
            evaluated = Fixtures.openCall("1000000", "5000000000");
            reviewer = Fixtures.reviewer(evaluated.ir());
            agencyAdmin = evaluated.irAdmin();
            submitted = Fixtures.draft(startup.bearer(), Fixtures.applicationBody(evaluated, "1000", "1000000"));
            attachment = given().header("Authorization", startup.bearer()).contentType("application/octet-stream")
                    .queryParam("fileName", "proposal.pdf").body(PDF)
                    .post("/api/funding/applications/" + submitted + "/attachments").then().statusCode(201).extract().path("id");
            invitation = Fixtures.as(startup.bearer()).body(Map.of("email", "partner@invited.example"))
                    .post("/api/funding/applications/" + submitted + "/invitations").then().statusCode(201).extract().path("id");
            Fixtures.act(startup.bearer(), "/api/funding/applications/" + submitted + "/submit");
            Fixtures.startEvaluation(evaluated);
            review = Fixtures.assign(agencyAdmin, submitted, reviewer, evaluated.ir());

            // A second OPEN call funded by the same two agencies, with the startup's draft in it.
            open = Fixtures.createCall(evaluated.myAdmin(), Fixtures.callBody(Fixtures.unique("Call"), List.of(
                    Fixtures.funder(evaluated.my(), "1000000", null), Fixtures.funder(evaluated.ir(), "5000000000", null))));
            Fixtures.confirmShare(agencyAdmin, open, evaluated.ir(), "5000000000", null);
            Fixtures.act(evaluated.myAdmin(), "/api/funding/calls/" + open + "/open");
            JointCallFixture openCall = new JointCallFixture(open, evaluated.my(), evaluated.ir(), evaluated.myAdmin(), agencyAdmin);
            draft = Fixtures.draft(startup.bearer(), Fixtures.applicationBody(openCall, "1000", "1000000"));
            // submitting wrote events for the other services: the newest is one of them
            event = String.valueOf(Fixtures.as(Fixtures.ADMIN).queryParam("limit", 1).get("/api/funding/admin/events")
                    .then().statusCode(200).extract().<Integer>path("items[0].seq"));
        }

        String bearer(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> null;
                case STARTUP -> startup.bearer();
                case MENTOR -> mentor;
                case REVIEWER -> reviewer.bearer();
                case AGENCY_ADMIN -> agencyAdmin;
                case ADMIN -> Fixtures.ADMIN;
            };
        }

        RequestSpecification request(Caller caller, Body body) {
            RequestSpecification spec = given();
            String bearer = bearer(caller);
            if (bearer != null) {
                spec.header("Authorization", bearer);
            }
            return switch (body) {
                case NONE -> spec;
                case ACTION -> spec.contentType("application/json");
                case EMPTY_JSON -> spec.contentType("application/json").body("{}");
                case BYTES -> spec.contentType("application/octet-stream").queryParam("fileName", "x.pdf").body(PDF);
            };
        }

        String resolve(String path) {
            return path.replace("{open}", open)
                    .replace("{evaluated}", evaluated.id())
                    .replace("{draft}", draft)
                    .replace("{submitted}", submitted)
                    .replace("{review}", review)
                    .replace("{invitation}", invitation)
                    .replace("{attachment}", attachment)
                    .replace("{agency}", evaluated.my())
                    .replace("{event}", event)
                    .replace("{missing}", UUID.randomUUID().toString());
        }
    }
}
