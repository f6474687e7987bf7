package org.jointfunding.funding.ranking;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.reviewed;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.submitted;

@QuarkusTest
class RankingResourceTest {

    @Test
    void rankedByWeightedMeanThenUnreviewedThenDisqualified() {
        JointCallFixture call = Fixtures.openCall("1000000", "1000000");
        String strong = submitted(startup(), call, "100", "100");
        String weak = submitted(startup(), call, "100", "100");
        String out = submitted(startup(), call, "100", "100");
        String unreviewed = submitted(startup(), call, "100", "100");
        String twiceReviewed = submitted(startup(), call, "100", "100");
        startEvaluation(call);
        reviewed(call, strong, 9, 9);
        reviewed(call, weak, 6, 6);
        reviewed(call, weak, 6, 6);
        reviewed(call, twiceReviewed, 6, 6);
        reviewed(call, out, 10, 2);

        as(call.irAdmin()).get(call.path() + "/ranking").then().statusCode(200)
                .body("rule", containsString("Equal scores"))
                .body("items.applicationId", equalTo(List.of(strong, weak, twiceReviewed, unreviewed, out)))
                .body("items.rank", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("items[0].score", equalTo(90.0f)).body("items[0].tieBreak", nullValue())
                .body("items[1].reviewCount", equalTo(2))
                .body("items[2].tieBreak", equalTo("same score as rank 2; placed after it because it has fewer submitted reviews (1 vs 2)"))
                .body("items[2].tieBreakCode", equalTo("fewer-reviews"))
                .body("items[3].score", nullValue())
                .body("items[4].disqualified", equalTo(true));
    }

    @Test
    void onlyTheFundersStaffReadTheRanking() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String path = call.path() + "/ranking";
        as(ADMIN).get(path).then().statusCode(200);
        as(startup()).get(path).then().statusCode(403);
        as(TestTokens.user("REVIEWER").agency(call.my()).bearer()).get(path).then().statusCode(403);
        as(TestTokens.user("AGENCY_ADMIN").agency(call.my()).bearer()).get(path).then().statusCode(200);
        as(Fixtures.openCall("1", "1").myAdmin()).get(path).then().statusCode(403);
        as(Fixtures.agencyAdmin(Fixtures.agency("MY", "MYR"))).get("/api/funding/calls/" + java.util.UUID.randomUUID() + "/ranking")
                .then().statusCode(404);
        Fixtures.act(call.myAdmin(), call.path() + "/close");
        // a closed call is still public, but its ranking stays with its funders
        as(Fixtures.openCall("1", "1").myAdmin()).get(path).then().statusCode(403);
    }
}
