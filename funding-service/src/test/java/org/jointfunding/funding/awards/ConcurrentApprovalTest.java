package org.jointfunding.funding.awards;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.reviewed;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many approvals at once against a budget that fits only some: the budget is never over-committed. */
@QuarkusTest
class ConcurrentApprovalTest {

    private static final int APPLICATIONS = 16;

    @Test
    void parallelApprovalsNeverOvercommitABudget() throws Exception {
        // 100,000 fits exactly three requests of 30,000; thirteen must be refused.
        JointCallFixture call = Fixtures.openCall("100000", "100000");
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            applications.add(submitted(startup(), call, "30000", null));
        }
        startEvaluation(call);
        for (String application : applications) {
            reviewed(call, application, 8, 8);
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(APPLICATIONS);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (String application : applications) {
                Callable<Integer> approve = () -> {
                    start.await();
                    return as(call.myAdmin()).post("/api/funding/applications/" + application + "/award/approve").statusCode();
                };
                results.add(pool.submit(approve));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(APPLICATIONS - 3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        as(ADMIN).get(call.path()).then().body("funders.find { it.agency == '" + call.my() + "' }.committed", equalTo(90000.0f));
        as(call.myAdmin()).queryParam("callId", call.id()).queryParam("status", "AWARDED").get("/api/funding/applications")
                .then().body("total", equalTo(3));
        as(call.myAdmin()).queryParam("callId", call.id()).queryParam("status", "UNDER_REVIEW").get("/api/funding/applications")
                .then().body("total", equalTo(APPLICATIONS - 3));
    }

    @Test
    void aWithdrawalRacingAnApprovalNeverKeepsTheApprovedShare() throws Exception {
        // every application is withdrawn while its Malaysian share is approved: whatever the order,
        // nothing may stay committed, since withdrawn applications are funded by no one
        JointCallFixture call = Fixtures.openCall("1000000", "1000000");
        List<String[]> applications = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String owner = startup();
            applications.add(new String[] {owner, submitted(owner, call, "1000", "1000")});
        }
        startEvaluation(call);
        for (String[] application : applications) {
            reviewed(call, application[1], 8, 8);
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (String[] application : applications) {
                String path = "/api/funding/applications/" + application[1];
                results.add(pool.submit(() -> {
                    start.await();
                    return as(call.myAdmin()).post(path + "/award/approve").statusCode();
                }));
                results.add(pool.submit(() -> {
                    start.await();
                    return as(application[0]).body(java.util.Map.of("reason", "merged with another project"))
                            .post(path + "/withdraw").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                int status = result.get();
                assertEquals(true, status == 200 || status == 409, "approve or withdraw answered " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        as(call.myAdmin()).queryParam("callId", call.id()).queryParam("status", "WITHDRAWN").get("/api/funding/applications")
                .then().body("total", equalTo(20));
        Object committed = as(ADMIN).get(call.path()).then().extract().path("funders.find { it.agency == '" + call.my() + "' }.committed");
        assertEquals(0, new java.math.BigDecimal(committed.toString()).signum(), "committed: " + committed);
    }
}
