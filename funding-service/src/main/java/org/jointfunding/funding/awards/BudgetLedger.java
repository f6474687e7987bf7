package org.jointfunding.funding.awards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.calls.CallViews;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Moves an agency's committed total in a call. The guard is in the UPDATE itself: concurrent
 * approvals queue on the funder row and each re-checks {@code committed + amount <= budget}
 * against the committed value it finds, so no interleaving can over-commit a budget. The committed
 * total shows in the call's view, which {@link CallViews} is told of.
 */
@ApplicationScoped
class BudgetLedger {

    private final EntityManager entityManager;
    private final CallViews views;

    BudgetLedger(EntityManager entityManager, CallViews views) {
        this.entityManager = entityManager;
        this.views = views;
    }

    /** True when the amount fitted and is now committed; false (nothing changed) when it did not fit. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean commit(UUID callId, String agency, BigDecimal amount) {
        views.changing(callId);
        return entityManager.createNativeQuery("""
                        update call_funder set committed = committed + :amount
                        where call_id = :call and agency_code = :agency and committed + :amount <= budget""")
                .setParameter("amount", amount).setParameter("call", callId).setParameter("agency", agency)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void release(UUID callId, String agency, BigDecimal amount) {
        views.changing(callId);
        entityManager.createNativeQuery("""
                        update call_funder set committed = committed - :amount where call_id = :call and agency_code = :agency""")
                .setParameter("amount", amount).setParameter("call", callId).setParameter("agency", agency)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    BigDecimal remaining(UUID callId, String agency) {
        return (BigDecimal) entityManager.createNativeQuery(
                        "select budget - committed from call_funder where call_id = :call and agency_code = :agency")
                .setParameter("call", callId).setParameter("agency", agency).getSingleResult();
    }
}
