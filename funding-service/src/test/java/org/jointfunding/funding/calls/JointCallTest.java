package org.jointfunding.funding.calls;

import org.jointfunding.kit.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The deadline extension rules of the call state machine. */
class JointCallTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(5));

    private static JointCall call(CallStatus status) {
        JointCall call = new JointCall();
        call.status = status;
        call.closesAt = DEADLINE;
        return call;
    }

    private static String refusal(JointCall call, Instant newClosesAt, Instant now) {
        return assertThrows(ApiProblem.class, () -> call.extendTo(newClosesAt, now)).problem().type;
    }

    @Test
    void anOpenCallMovesItsDeadlineLaterAndStaysOpen() {
        JointCall call = call(CallStatus.OPEN);
        call.extendTo(DEADLINE.plus(Duration.ofDays(7)), NOW);
        assertEquals(DEADLINE.plus(Duration.ofDays(7)), call.closesAt);
        assertEquals(CallStatus.OPEN, call.status);
    }

    @Test
    void neverEarlierNorTheSameInstant() {
        JointCall call = call(CallStatus.OPEN);
        assertEquals("/problems/not-an-extension", refusal(call, DEADLINE.minusSeconds(1), NOW));
        assertEquals("/problems/not-an-extension", refusal(call, DEADLINE, NOW));
        assertEquals(DEADLINE, call.closesAt);
    }

    @Test
    void notOnceTheDeadlineHasPassedOrTheCallIsNotOpen() {
        assertEquals("/problems/call-closing", refusal(call(CallStatus.OPEN), DEADLINE.plus(Duration.ofDays(7)), DEADLINE));
        for (CallStatus status : new CallStatus[]{CallStatus.DRAFT, CallStatus.CLOSED, CallStatus.UNDER_EVALUATION,
                CallStatus.DECIDED, CallStatus.CANCELLED}) {
            assertEquals("/problems/illegal-transition", refusal(call(status), DEADLINE.plus(Duration.ofDays(7)), NOW));
        }
    }
}
