package org.jointfunding.e2e;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The faults production brings, on the real processes through the gateway: a service stopped or
 * killed, the database gone for a while, bursts of concurrent work. Each test checks what a user
 * would notice (answers, deliveries, money) and adds to the summary printed at the end.
 */
class FaultsTest {

    private static final List<String> DATABASE_SERVICES = List.of("identity", "funding", "mentorship", "notification");
    private static final AtomicInteger FAULTS_SURVIVED = new AtomicInteger();
    private static final AtomicInteger EVENTS_DELIVERED_ONCE = new AtomicInteger();
    private static final AtomicInteger INVARIANTS_CHECKED = new AtomicInteger();
    private static final AtomicInteger REQUESTS_DURING_FAULTS = new AtomicInteger();
    private static final AtomicLong SLOWEST_UNAVAILABLE_MS = new AtomicLong();

    private final RunningSuite suite = RunningSuite.get();

    @AfterAll
    static void summary() {
        System.out.println("[faults] faults survived: " + FAULTS_SURVIVED.get());
        System.out.println("[faults] events delivered exactly once: " + EVENTS_DELIVERED_ONCE.get());
        System.out.println("[faults] invariants checked: " + INVARIANTS_CHECKED.get());
        System.out.println("[faults] requests answered during faults, none a 500: " + REQUESTS_DURING_FAULTS.get());
        System.out.println("[faults] slowest 503 for a killed service, ms: " + SLOWEST_UNAVAILABLE_MS.get());
    }

    @Test
    void awardsMadeWhileMentorshipIsStoppedEachBecomeOneMentoringRequestWhenItReturns() {
        JointCall call = new JointCall(suite, 1_000_000, 9_000_000_000L);
        List<Portal.Account> startups = new ArrayList<>();
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Portal.Account startup = call.portal.account("STARTUP", null, i % 2 == 0 ? "MY" : "IR");
            startups.add(startup);
            applications.add(call.submitted(startup));
        }
        call.evaluate(applications);

        suite.stop("mentorship");
        try {
            applications.forEach(call::award);
        } finally {
            suite.restart("mentorship");
        }

        for (int i = 0; i < applications.size(); i++) {
            AwardToMentoringTest.awaitOneMentoringRequest(call, startups.get(i), applications.get(i));
            EVENTS_DELIVERED_ONCE.incrementAndGet();
        }
        FAULTS_SURVIVED.incrementAndGet();
    }

    @Test
    void theServicesRideOutTheDatabaseGoingAwayAndNothingIsHalfWritten() throws Exception {
        JointCall call = new JointCall(suite, 1_000_000, 9_000_000_000L);
        List<Portal.Account> startups = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            startups.add(call.portal.account("STARTUP", null, "MY"));
        }
        List<Response> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> loadDone = load.submit(() -> {
            // one new application per startup (one live application per startup and call), and the public call list
            for (int next = 0; loading.get() && next < startups.size(); next++) {
                Portal.Account startup = startups.get(next);
                answers.add(call.portal.as(startup.token()).body(call.application()).post("/api/funding/applications"));
                answers.add(given().baseUri(suite.gateway()).get("/api/funding/calls"));
                pause(Duration.ofMillis(400));
            }
        });
        try {
            pause(Duration.ofMillis(800));
            suite.database().cut();
            Set<String> seenDown = new HashSet<>();
            Awaitility.await("every service reports not ready while the database is away")
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        DATABASE_SERVICES.stream().filter(service -> !suite.ready(service)).forEach(seenDown::add);
                        return seenDown.containsAll(DATABASE_SERVICES);
                    });
            pause(Duration.ofSeconds(2));
        } finally {
            suite.database().restore();
        }
        Awaitility.await("every service ready again, none restarted")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> DATABASE_SERVICES.stream().allMatch(suite::ready));
        pause(Duration.ofSeconds(2));
        loading.set(false);
        loadDone.get();
        load.shutdown();

        List<String> created = new ArrayList<>();
        for (Response answer : answers) {
            int status = answer.statusCode();
            assertTrue(status == 200 || status == 201 || status == 503,
                    "a request during the outage got " + status + ": " + answer.asString());
            if (status == 503) {
                assertEquals("/problems/database-unavailable", answer.path("type"), answer.asString());
                assertTrue(answer.header("Retry-After") != null, "a 503 says when to try again");
            }
            if (status == 201) {
                created.add(answer.path("id"));
            }
        }
        assertTrue(answers.stream().anyMatch(a -> a.statusCode() == 503), "the load met the outage");
        assertTrue(created.size() >= 2, "the load got through before and after the outage: " + created);
        // every application a startup was told about exists, whole; none exists that was only half-written
        for (Portal.Account startup : startups) {
            List<Map<String, Object>> mine = call.portal.as(startup.token()).queryParam("limit", 100)
                    .get("/api/funding/applications").then().statusCode(200).extract().path("items");
            for (Map<String, Object> application : mine) {
                String id = (String) application.get("id");
                call.portal.as(startup.token()).get("/api/funding/applications/" + id).then().statusCode(200)
                        .body("partners.size()", is(2))
                        .body("requestedAmounts.size()", is(2))
                        .body("status", is("DRAFT"));
                created.remove(id);
            }
        }
        assertEquals(List.of(), created, "applications answered 201 but missing afterwards");
        INVARIANTS_CHECKED.addAndGet(startups.size());
        REQUESTS_DURING_FAULTS.addAndGet(answers.size());
        FAULTS_SURVIVED.incrementAndGet();
    }

    @Test
    void aServiceKilledBehindTheGatewayGivesQuickProblemsOnlyOnItsRoutesAndComesBack() {
        Portal portal = new Portal(suite);
        Portal.Account startup = portal.account("STARTUP", null, "MY");
        portal.as(startup.token()).get("/api/notifications").then().statusCode(200);

        suite.kill("notification");
        try {
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                Response answer = portal.as(startup.token()).get("/api/notifications");
                SLOWEST_UNAVAILABLE_MS.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
                answer.then().statusCode(503)
                        .contentType("application/problem+json")
                        .body("type", is("/problems/upstream-unavailable"))
                        .body("service", is("notifications"));
                // the other services answer as before
                portal.as(startup.token()).get("/api/identity/me").then().statusCode(200);
                given().baseUri(suite.gateway()).get("/api/funding/calls").then().statusCode(200);
                REQUESTS_DURING_FAULTS.addAndGet(3);
            }
        } finally {
            suite.restart("notification");
        }
        portal.as(startup.token()).get("/api/notifications").then().statusCode(200);
        FAULTS_SURVIVED.incrementAndGet();
    }

    @Test
    void aBurstOfApplicationsApprovalsAndWithdrawalsKeepsBudgetsAndRulesWhole() throws Exception {
        // room for four awards in Malaysia, ten in Iran
        long myBudget = 4 * JointCall.MY_REQUEST;
        JointCall call = new JointCall(suite, myBudget, 10 * JointCall.IR_REQUEST);
        List<Portal.Account> startups = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            startups.add(call.portal.account("STARTUP", null, "MY"));
        }
        Map<String, Portal.Account> owners = new LinkedHashMap<>();
        List<String> applications = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // every startup applies twice at once: one application per startup and call
            List<Callable<Response>> applying = new ArrayList<>();
            for (Portal.Account startup : startups) {
                for (int twice = 0; twice < 2; twice++) {
                    applying.add(() -> call.portal.as(startup.token()).body(call.application()).post("/api/funding/applications"));
                }
            }
            List<Response> applied = run(pool, applying, Set.of(201, 409));
            for (int i = 0; i < applied.size(); i++) {
                if (applied.get(i).statusCode() == 201) {
                    owners.put(applied.get(i).path("id"), startups.get(i / 2));
                }
            }
            assertEquals(startups.size(), owners.size(), "one application per startup, however fast it clicks");
            INVARIANTS_CHECKED.incrementAndGet();
            owners.forEach((application, owner) -> call.portal.as(owner.token())
                    .post("/api/funding/applications/" + application + "/submit").then().statusCode(200));
            applications.addAll(owners.keySet());
            call.evaluate(applications);

            // both agencies approve everything at once, while two startups withdraw
            List<Callable<Response>> deciding = new ArrayList<>();
            for (String application : applications) {
                String award = "/api/funding/applications/" + application + "/award/approve";
                deciding.add(() -> call.portal.as(call.myOfficer.token()).post(award));
                deciding.add(() -> call.portal.as(call.irOfficer.token()).post(award));
            }
            for (String application : applications.subList(0, 2)) {
                Portal.Account owner = owners.get(application);
                deciding.add(() -> call.portal.as(owner.token()).post("/api/funding/applications/" + application + "/withdraw"));
            }
            Collections.shuffle(deciding);
            run(pool, deciding, Set.of(200, 409, 422));
        } finally {
            pool.shutdown();
        }

        List<Map<String, Object>> funders = exact(call.portal.as(call.myOfficer.token()).get("/api/funding/calls/" + call.id))
                .getList("funders");
        List<String> listed = call.portal.as(call.myOfficer.token()).queryParam("callId", call.id).queryParam("limit", 100)
                .get("/api/funding/applications").then().statusCode(200).extract().path("items.id");
        assertEquals(new HashSet<>(applications), new HashSet<>(listed), "the call's applications");
        for (Map<String, Object> funder : funders) {
            String agency = (String) funder.get("agency");
            BigDecimal approved = BigDecimal.ZERO;
            for (String application : applications) {
                Response award = call.portal.as(call.myOfficer.token()).get("/api/funding/applications/" + application + "/award");
                String status = call.portal.as(call.myOfficer.token()).get("/api/funding/applications/" + application)
                        .then().statusCode(200).extract().path("status");
                if (status.equals("WITHDRAWN") || status.equals("REJECTED") || award.statusCode() != 200) {
                    continue;
                }
                List<Map<String, Object>> shares = exact(award).getList("shares");
                for (Map<String, Object> share : shares) {
                    if (agency.equals(share.get("agency")) && "APPROVED".equals(share.get("decision"))) {
                        approved = approved.add(new BigDecimal(String.valueOf(share.get("amount"))));
                    }
                }
            }
            BigDecimal committed = new BigDecimal(String.valueOf(funder.get("committed")));
            BigDecimal budget = new BigDecimal(String.valueOf(funder.get("budget")));
            assertEquals(0, committed.compareTo(approved), agency + ": committed " + committed + " but approved shares of live applications add up to " + approved);
            assertTrue(committed.compareTo(budget) <= 0, agency + ": committed " + committed + " over its budget " + budget);
            INVARIANTS_CHECKED.addAndGet(2);
        }

        // every awarded startup gets one mentoring request, no more
        for (String application : applications) {
            String status = call.portal.as(call.myOfficer.token()).get("/api/funding/applications/" + application)
                    .then().extract().path("status");
            if (status.equals("AWARDED")) {
                AwardToMentoringTest.awaitOneMentoringRequest(call, owners.get(application), application);
                EVENTS_DELIVERED_ONCE.incrementAndGet();
            }
        }
    }

    @Test
    void aBurstOfMatchingRunsAndAcceptancesNeverGivesAMentorMoreMenteesThanItsCapacity() throws Exception {
        Portal portal = new Portal(suite);
        String program = portal.as(portal.admin()).body(Map.of(
                        "title", "E2E cohort " + UUID.randomUUID(), "sectors", List.of("agritech"), "languages", List.of("en"),
                        "intakeOpens", Instant.now().minus(Duration.ofDays(1)).toString(),
                        "intakeCloses", Instant.now().plus(Duration.ofDays(30)).toString(),
                        "cohortSize", 10, "durationWeeks", 12))
                .post("/api/mentorship/programs").then().statusCode(201).extract().path("id");
        List<Portal.Account> mentors = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Portal.Account mentor = portal.account("MENTOR", null, "MY");
            portal.as(mentor.token()).body(Map.of("displayName", "E2E mentor " + i, "tags", List.of("export"),
                            "sectors", List.of("agritech"), "languages", List.of("en"), "countries", List.of("MY"),
                            "timeZone", "Asia/Kuala_Lumpur", "capacity", 1))
                    .put("/api/mentorship/mentors/me").then().statusCode(201);
            portal.as(mentor.token()).put("/api/mentorship/programs/" + program + "/mentors/me").then().statusCode(204);
            mentors.add(mentor);
        }
        for (int i = 0; i < 4; i++) {
            Portal.Account startup = portal.account("STARTUP", null, "MY");
            portal.as(startup.token()).body(Map.of("programId", program, "needs", List.of("export"), "sector", "agritech",
                            "languages", List.of("en"), "country", "MY", "timeZone", "Asia/Kuala_Lumpur"))
                    .post("/api/mentorship/requests").then().statusCode(201);
        }
        Callable<Response> matchingRun = () -> portal.as(portal.admin()).body(Map.of("programId", program))
                .post("/api/mentorship/matching-runs");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            run(pool, List.of(matchingRun, matchingRun, matchingRun), Set.of(201));
            assertEquals(2, liveMatches(portal, mentors).size(), "two mentors with one place each: two proposals");

            // each mentor accepts while more runs start
            List<Callable<Response>> burst = new ArrayList<>(List.of(matchingRun, matchingRun));
            for (Portal.Account mentor : mentors) {
                String match = portal.as(mentor.token()).queryParam("status", "PROPOSED").get("/api/mentorship/matches")
                        .then().statusCode(200).extract().path("items[0].id");
                burst.add(() -> portal.as(mentor.token()).post("/api/mentorship/matches/" + match + "/accept"));
            }
            Collections.shuffle(burst);
            run(pool, burst, Set.of(200, 201));
        } finally {
            pool.shutdown();
        }
        List<String> requests = liveMatches(portal, mentors);
        assertEquals(2, requests.size(), "no mentor over its capacity of one");
        assertEquals(2, new HashSet<>(requests).size(), "no request matched twice");
        for (Portal.Account mentor : mentors) {
            portal.as(mentor.token()).get("/api/mentorship/mentors/me").then().statusCode(200).body("load", is(1));
        }
        INVARIANTS_CHECKED.addAndGet(2 + mentors.size());
    }

    /** The requests of the mentors' proposed and accepted matches, one entry per match. */
    private static List<String> liveMatches(Portal portal, List<Portal.Account> mentors) {
        List<String> requests = new ArrayList<>();
        for (Portal.Account mentor : mentors) {
            List<Map<String, Object>> matches = portal.as(mentor.token()).queryParam("limit", 100)
                    .get("/api/mentorship/matches").then().statusCode(200).extract().path("items");
            matches.stream().filter(m -> List.of("PROPOSED", "ACCEPTED").contains(m.get("status")))
                    .forEach(m -> requests.add((String) m.get("requestId")));
        }
        return requests;
    }

    /** Runs the requests at once; each must answer one of the expected statuses, never a 5xx. */
    private static List<Response> run(ExecutorService pool, List<Callable<Response>> requests, Set<Integer> expected) throws Exception {
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : pool.invokeAll(requests)) {
            Response response = future.get();
            assertTrue(expected.contains(response.statusCode()),
                    "expected one of " + expected + ", got " + response.statusCode() + ": " + response.asString());
            responses.add(response);
        }
        return responses;
    }

    /** The body with its numbers as BigDecimal: money must not pass through a float. */
    private static JsonPath exact(Response response) {
        return JsonPath.from(response.asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
