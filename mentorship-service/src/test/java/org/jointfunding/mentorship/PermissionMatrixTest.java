package org.jointfunding.mentorship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.jointfunding.testkit.PermissionMatrix;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.jointfunding.mentorship.Api.as;
import static org.jointfunding.mentorship.PermissionMatrixTest.Caller.ADMIN;
import static org.jointfunding.mentorship.PermissionMatrixTest.Caller.AGENCY_ADMIN;
import static org.jointfunding.mentorship.PermissionMatrixTest.Caller.ANONYMOUS;
import static org.jointfunding.mentorship.PermissionMatrixTest.Caller.MENTOR;
import static org.jointfunding.mentorship.PermissionMatrixTest.Caller.STARTUP;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The role gate of every endpoint, each caller against each, as funding's matrix does: anonymous
 * gets a 401 problem, a refused role a 403 problem, an allowed role gets past the gate. Reads of
 * the world's objects answer 200 to those who may see them (a match: its startup, its mentor, an
 * ADMIN; anyone else signed in passes the role gate and gets 404). Actions target a missing id and
 * writes send an empty body, so no case changes what another reads. {@code /internal/events}
 * takes no token at all: without the service credential everyone gets a 401. A row is needed for
 * every endpoint of the committed contract.
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Caller { ANONYMOUS, STARTUP, MENTOR, REVIEWER, AGENCY_ADMIN, ADMIN }

    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Caller> MATCH_PARTIES = EnumSet.of(STARTUP, MENTOR, ADMIN);

    /** NONE: a plain request; ACTION: JSON content type without a body, as clients send actions; EMPTY_JSON: "{}". */
    enum Body { NONE, ACTION, EMPTY_JSON }

    /**
     * Placeholders: {program}, {mentor} (a profile), {request} (the startup's, matched), {match}
     * (accepted), {session}, {run}, {event} (an outbox event), {missing} (a random id).
     */
    record Endpoint(String method, String path, Body body, Set<Caller> allowed, Set<Caller> readers) {
        String operation() {
            return method + " " + path;
        }
    }

    private static Endpoint row(String method, String path, Body body, Set<Caller> allowed) {
        return new Endpoint(method, path, body, allowed, allowed);
    }

    private static Endpoint row(String method, String path, Body body, Caller first, Caller... rest) {
        return row(method, path, body, EnumSet.of(first, rest));
    }

    /** A read every signed-in role passes the gate of, answered 200 only to the match's parties. */
    private static Endpoint matchRead(String path) {
        return new Endpoint("GET", path, Body.NONE, SIGNED_IN, MATCH_PARTIES);
    }

    static final List<Endpoint> MATRIX = List.of(
            // mentors
            row("GET", "/api/mentorship/mentors", Body.NONE, SIGNED_IN),
            row("GET", "/api/mentorship/mentors/{mentor}", Body.NONE, SIGNED_IN),
            row("GET", "/api/mentorship/mentors/me", Body.NONE, MENTOR),
            row("PUT", "/api/mentorship/mentors/me", Body.EMPTY_JSON, MENTOR),
            // programs
            row("GET", "/api/mentorship/programs", Body.NONE, SIGNED_IN),
            row("GET", "/api/mentorship/programs/{program}", Body.NONE, SIGNED_IN),
            row("POST", "/api/mentorship/programs", Body.EMPTY_JSON, AGENCY_ADMIN, ADMIN),
            row("PUT", "/api/mentorship/programs/{missing}", Body.EMPTY_JSON, AGENCY_ADMIN, ADMIN),
            row("PUT", "/api/mentorship/programs/{missing}/mentors/me", Body.ACTION, MENTOR),
            row("DELETE", "/api/mentorship/programs/{missing}/mentors/me", Body.NONE, MENTOR),
            // requests
            row("GET", "/api/mentorship/requests", Body.NONE, STARTUP, ADMIN),
            row("POST", "/api/mentorship/requests", Body.EMPTY_JSON, STARTUP),
            row("GET", "/api/mentorship/requests/{request}", Body.NONE, STARTUP, MENTOR, ADMIN),
            row("PUT", "/api/mentorship/requests/{missing}", Body.EMPTY_JSON, STARTUP, ADMIN),
            row("POST", "/api/mentorship/requests/{missing}/cancel", Body.ACTION, STARTUP, ADMIN),
            row("GET", "/api/mentorship/requests/{request}/audit", Body.NONE, STARTUP, ADMIN),
            row("GET", "/api/mentorship/requests/{request}/suggestions", Body.NONE, STARTUP, ADMIN),
            // matching runs
            row("GET", "/api/mentorship/matching-runs", Body.NONE, ADMIN),
            row("POST", "/api/mentorship/matching-runs", Body.ACTION, ADMIN),
            row("GET", "/api/mentorship/matching-runs/{run}", Body.NONE, ADMIN),
            row("GET", "/api/mentorship/matching-runs/{run}/export", Body.NONE, ADMIN),
            // matches, sessions, feedback
            row("GET", "/api/mentorship/matches", Body.NONE, SIGNED_IN),
            matchRead("/api/mentorship/matches/{match}"),
            matchRead("/api/mentorship/matches/{match}/audit"),
            row("POST", "/api/mentorship/matches/{missing}/accept", Body.ACTION, MENTOR),
            row("POST", "/api/mentorship/matches/{missing}/decline", Body.ACTION, MENTOR),
            row("POST", "/api/mentorship/matches/{missing}/end", Body.ACTION, SIGNED_IN),
            matchRead("/api/mentorship/matches/{match}/sessions"),
            matchRead("/api/mentorship/matches/{match}/sessions/{session}"),
            row("POST", "/api/mentorship/matches/{missing}/sessions", Body.EMPTY_JSON, SIGNED_IN),
            matchRead("/api/mentorship/matches/{match}/feedback"),
            row("POST", "/api/mentorship/matches/{missing}/feedback", Body.EMPTY_JSON, SIGNED_IN),
            // outbox
            row("GET", "/api/mentorship/admin/events", Body.NONE, ADMIN),
            row("GET", "/api/mentorship/admin/events/{event}", Body.NONE, ADMIN),
            row("POST", "/api/mentorship/admin/events/{event}/retry", Body.ACTION, ADMIN),
            // funding's deliveries: a service credential, never a user's token
            row("POST", "/internal/events", Body.EMPTY_JSON, EnumSet.noneOf(Caller.class)));

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(e -> EnumSet.allOf(Caller.class).stream().map(c -> Arguments.of(e.operation(), c, e)));
    }

    private static World world;

    @Inject
    TestClock clock;

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleAgainstEachEndpoint(String operation, Caller caller, Endpoint endpoint) {
        World w = world(clock);
        Response response = w.request(caller, endpoint.body()).request(endpoint.method(), w.resolve(endpoint.path()));
        int status = response.statusCode();
        String context = operation + " as " + caller + " -> " + status + " " + response.asString();
        if (endpoint.allowed().contains(caller)) {
            PermissionMatrix.assertPassedTheGate(response, context);
            if (endpoint.method().equals("GET")) {
                assertEquals(endpoint.readers().contains(caller) ? 200 : 404, status, "allowed read: " + context);
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

    private static synchronized World world(TestClock clock) {
        if (world == null) {
            world = new World(clock);
        }
        return world;
    }

    /** The objects the matrix's paths point at, built once through the API: a program with one accepted match. */
    private static final class World {
        final TestTokens admin = TestTokens.user("ADMIN");
        final TestTokens startup = TestTokens.user("STARTUP");
        final TestTokens agencyAdmin = TestTokens.user("AGENCY_ADMIN").agency("MY-MIDA");
        final TestTokens mentor;
        final String program;
        final String mentorId;
        final String request;
        final String run;
        final String match;
        final String session;
        final String event;

        World(TestClock clock) {
            program = Api.program(admin, clock.instant());
            mentor = Api.mentor(Api.profile(List.of("x"), List.of("fintech"), List.of("en"), List.of("MY"), "UTC", 1));
            mentorId = Api.mentorId(mentor);
            Api.join(mentor, program);
            Map<String, Object> ask = new HashMap<>(Api.ask(List.of("x"), "fintech", List.of("en"), "MY"));
            ask.put("programId", program);
            request = Api.request(startup, ask);
            Response proposed = as(admin).body(Map.of("programId", program)).post("/api/mentorship/matching-runs");
            proposed.then().statusCode(201);
            run = proposed.path("id");
            match = proposed.path("proposals[0].matchId");
            as(mentor).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(200);
            session = as(mentor).body(Map.of("heldOn", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                            "durationMinutes", 60))
                    .post("/api/mentorship/matches/" + match + "/sessions").then().statusCode(201).extract().path("id");
            event = String.valueOf(as(admin).queryParam("limit", 1).get("/api/mentorship/admin/events")
                    .then().statusCode(200).extract().<Integer>path("items[0].seq"));
        }

        RequestSpecification request(Caller caller, Body body) {
            RequestSpecification spec = given();
            TestTokens who = switch (caller) {
                case ANONYMOUS -> null;
                case STARTUP -> startup;
                case MENTOR -> mentor;
                case AGENCY_ADMIN -> agencyAdmin;
                case ADMIN -> admin;
                case REVIEWER -> TestTokens.user("REVIEWER");
            };
            if (who != null) {
                spec.header("Authorization", who.bearer());
            }
            return switch (body) {
                case NONE -> spec;
                case ACTION -> spec.contentType("application/json");
                case EMPTY_JSON -> spec.contentType("application/json").body("{}");
            };
        }

        String resolve(String path) {
            return path.replace("{program}", program)
                    .replace("{mentor}", mentorId)
                    .replace("{request}", request)
                    .replace("{run}", run)
                    .replace("{match}", match)
                    .replace("{session}", session)
                    .replace("{event}", event)
                    .replace("{missing}", UUID.randomUUID().toString());
        }
    }
}
