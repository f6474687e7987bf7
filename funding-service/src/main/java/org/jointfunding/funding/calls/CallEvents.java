package org.jointfunding.funding.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.outbox.Outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the funding agencies of a co-funded call hear from each other (notification-service tells
 * each agency's administrators), written in the transaction of the change: a share the lead
 * proposed, or asks again to confirm after an edit; and the call opening.
 */
@ApplicationScoped
class CallEvents {

    /** Data of {@code FunderShareProposed}: the agency to confirm its share, the call and who leads it. */
    record ShareProposed(UUID callId, String callTitle, String agency, String leadAgency, String leadName,
                         BigDecimal budget, BigDecimal maxRequest, String currency, String actor) {
    }

    /** Data of {@code CallOpened}: the call, its funders, until when it takes applications. */
    record Opened(UUID callId, String callTitle, List<String> funders, Instant closesAt, String actor) {
    }

    private final Outbox outbox;

    CallEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Each funder that has yet to confirm its share (after a create, or an edit of the lead) is asked to. */
    @Transactional(Transactional.TxType.MANDATORY)
    void sharesToConfirm(JointCall call, String actor) {
        String leadName = call.funder(call.leadAgency).map(f -> f.agency.name).orElse(call.leadAgency);
        for (Funder funder : call.funders) {
            if (!funder.confirmed()) {
                outbox.append("FunderShareProposed", call.id, new ShareProposed(call.id, call.title, funder.agencyCode,
                        call.leadAgency, leadName, funder.budget, funder.maxRequest, funder.agency.currency, actor));
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void opened(JointCall call, String actor) {
        outbox.append("CallOpened", call.id, new Opened(call.id, call.title,
                call.funders.stream().map(f -> f.agencyCode).toList(), call.closesAt, actor));
    }
}
