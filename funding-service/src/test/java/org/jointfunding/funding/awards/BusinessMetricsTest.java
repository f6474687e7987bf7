package org.jointfunding.funding.awards;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.reviewed;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What operators count on /q/metrics: submissions, and awards per co-funding agency; a refused attempt counts nothing. */
@QuarkusTest
class BusinessMetricsTest {

    /** The sample of that series (its name and labels as Prometheus writes them), 0 when not yet written. */
    private static double sample(String series) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }

    @Test
    void anAwardCountsOnceForEachAgencyAndEachSubmissionCounts() {
        JointCallFixture call = Fixtures.openCall("1000000", "5000000000");
        String myAwards = "portal_awards_total{agency=\"" + call.my() + "\"}";
        String irAwards = "portal_awards_total{agency=\"" + call.ir() + "\"}";
        double submittedBefore = sample("portal_applications_submitted_total");

        String application = submitted(startup(), call, "200000", "1000000000");
        String other = submitted(startup(), call, "300000", "1000000000");
        assertEquals(submittedBefore + 2, sample("portal_applications_submitted_total"));

        startEvaluation(call);
        reviewed(call, application, 8, 8);
        String award = "/api/funding/applications/" + application + "/award";
        as(call.myAdmin()).body(Map.of("reason", "fits")).post(award + "/approve").then().statusCode(200);
        assertEquals(0, sample(myAwards), "one agency's approval is no award yet");
        as(call.irAdmin()).post(award + "/approve").then().statusCode(200);
        as(call.irAdmin()).post(award + "/approve").then().statusCode(409);

        assertEquals(1, sample(myAwards));
        assertEquals(1, sample(irAwards));
        // an application no one reviewed cannot be approved: nothing counted
        as(call.myAdmin()).post("/api/funding/applications/" + other + "/award/approve").then().statusCode(409);
        assertEquals(1, sample(myAwards));
    }
}
