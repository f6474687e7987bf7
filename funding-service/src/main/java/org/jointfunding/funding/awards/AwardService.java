package org.jointfunding.funding.awards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.ApplicationAccess;
import org.jointfunding.funding.applications.ApplicationEvents;
import org.jointfunding.funding.applications.ApplicationStatus;
import org.jointfunding.funding.applications.ApplicationWithdrawn;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.audit.FundingAction;
import org.jointfunding.funding.calls.CallStatus;
import org.jointfunding.funding.calls.CallStatusChanged;
import org.jointfunding.funding.ranking.Ranking;
import org.jointfunding.funding.ranking.RankingService;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.BusinessCounters;
import org.jointfunding.kit.outbox.Outbox;
import org.jointfunding.kit.audit.AuditLog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each co-funding agency approves or refuses its own share. The application is AWARDED when every
 * agency asked for money has approved, REJECTED at the first refusal.
 */
@ApplicationScoped
public class AwardService {

    private static final String AGGREGATE = "APPLICATION";

    private final Caller caller;
    private final ApplicationAccess access;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final ApplicationEvents events;
    private final Clock clock;
    private final BusinessCounters counters;

    public AwardService(Caller caller, ApplicationAccess access, BudgetLedger ledger, AuditTrail audit, Outbox outbox,
                        ApplicationEvents events, Clock clock, BusinessCounters counters) {
        this.caller = caller;
        this.access = access;
        this.ledger = ledger;
        this.audit = audit;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.counters = counters;
    }

    @Transactional
    public AwardView get(UUID applicationId) {
        return view(access.readable(applicationId));
    }

    @Transactional
    public AwardView approve(UUID applicationId, String reason) {
        Application application = access.readable(applicationId, LockModeType.PESSIMISTIC_WRITE);
        String agency = decidingAgency(application, "approve an award for");
        Ranking.Entry rank = RankingService.entryOf(application);
        if (rank.reviewCount() == 0) {
            throw ApiProblem.conflict("not-ranked", "The application has no submitted review yet, so it is not ranked");
        }
        if (rank.disqualified()) {
            throw ApiProblem.conflict("disqualified", "A review scored the application below a criterion's threshold");
        }
        BigDecimal amount = application.requestedAmounts.get(agency);
        if (!ledger.commit(application.call.id, agency, amount)) {
            throw ApiProblem.conflict("budget-exceeded", "Approving " + amount.toPlainString() + " would exceed "
                    + agency + "'s budget in this call").with("remaining", ledger.remaining(application.call.id, agency));
        }
        record(application, agency, AwardDecision.Decision.APPROVED, amount, reason);
        shareDecided(application, agency, AwardDecision.Decision.APPROVED, amount, reason);
        audit.event(FundingAction.APPROVE_SHARE).party(agency).actor(caller.id())
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(application.status, application.status).detail(reason).write();
        if (allApproved(application)) {
            application.award();
            audit.event(FundingAction.AWARD).actor(caller.id())
                    .target(AGGREGATE, application.id).within(application.call.id)
                    .transition(ApplicationStatus.UNDER_REVIEW, application.status)
                    .detail("every co-funding agency approved its share").says("all-approved").write();
            outbox.append("ApplicationAwarded", application.id, ApplicationAwarded.of(application));
            application.requestedAmounts.keySet().forEach(funder -> counters.countOnCommit("portal.awards",
                    "Awards, counted once for each co-funding agency", "agency", funder));
            events.statusChanged(application, ApplicationStatus.UNDER_REVIEW, caller.id(), null);
        }
        Application.flush();
        return view(application);
    }

    @Transactional
    public AwardView refuse(UUID applicationId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.invalidField("reason", "a refusal needs a reason");
        }
        Application application = access.readable(applicationId, LockModeType.PESSIMISTIC_WRITE);
        String agency = decidingAgency(application, "refuse an award for");
        record(application, agency, AwardDecision.Decision.REFUSED, application.requestedAmounts.get(agency), reason);
        shareDecided(application, agency, AwardDecision.Decision.REFUSED, application.requestedAmounts.get(agency), reason);
        audit.event(FundingAction.REFUSE_SHARE).party(agency).actor(caller.id())
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(application.status, application.status).detail(reason).write();
        reject(application, caller.id(), agency + " refused its share", "share-refused", "agency", agency);
        Application.flush();
        return view(application);
    }

    /** A withdrawn application gives back the shares already approved for it. */
    void onWithdrawn(@Observes ApplicationWithdrawn event) {
        releaseApprovedShares(event.application());
    }

    /** Deciding a call rejects whatever is still under review. Rows are locked first, in id order, before any budget row. */
    void onCallDecided(@Observes CallStatusChanged change) {
        if (change.to() != CallStatus.DECIDED) {
            return;
        }
        List<Application> pending = Application.find("call = ?1 and status = ?2 order by id", change.call(), ApplicationStatus.UNDER_REVIEW)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Application application : pending) {
            reject(application, change.actor(), "the call was decided without awarding it", "decided-without-award");
        }
    }

    private void reject(Application application, String actor, String why, String says, Object... namesAndValues) {
        application.reject();
        Map<String, String> facts = AuditLog.facts(says, namesAndValues);
        audit.event(FundingAction.REJECT).actor(actor)
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(ApplicationStatus.UNDER_REVIEW, application.status).detail(why).facts(facts).write();
        events.statusChanged(application, ApplicationStatus.UNDER_REVIEW, actor, why, facts);
        releaseApprovedShares(application);
    }

    /** The data of the AwardShareDecided event: one agency's decision on its share, for the application's members. */
    public record ShareDecided(UUID applicationId, String applicationTitle, UUID callId, String callTitle, List<String> members,
                               String agency, String agencyName, AwardDecision.Decision decision, BigDecimal amount,
                               String currency, String reason) {
    }

    private void shareDecided(Application application, String agency, AwardDecision.Decision decision, BigDecimal amount, String reason) {
        var funder = application.call.funder(agency).orElseThrow();
        outbox.append("AwardShareDecided", application.id, new ShareDecided(application.id, application.title, application.call.id,
                application.call.title, ApplicationEvents.members(application), agency, funder.agency.name, decision, amount,
                funder.agency.currency, reason));
    }

    private void releaseApprovedShares(Application application) {
        for (AwardDecision decision : decisions(application)) {
            if (decision.decision == AwardDecision.Decision.APPROVED) {
                ledger.release(application.call.id, decision.id.agencyCode(), decision.amount);
            }
        }
    }

    /** The caller's agency, if it is asked for money by this application under review and has not decided yet. */
    private String decidingAgency(Application application, String action) {
        String agency = caller.agency().filter(caller::administers).filter(application.call::fundedBy).orElseThrow(() ->
                ApiProblem.forbidden("Only an administrator of a co-funding agency decides on its share"));
        if (!application.requestedAmounts.containsKey(agency)) {
            throw ApiProblem.conflict("no-share", "The application asks nothing of " + agency);
        }
        if (application.status != ApplicationStatus.UNDER_REVIEW) {
            throw ApiProblem.illegalTransition("application", application.status, action);
        }
        if (AwardDecision.findById(new AwardDecision.Id(application.id, agency)) != null) {
            throw ApiProblem.conflict("already-decided", agency + " has already decided on its share");
        }
        return agency;
    }

    private void record(Application application, String agency, AwardDecision.Decision decision, BigDecimal amount, String reason) {
        AwardDecision row = new AwardDecision();
        row.id = new AwardDecision.Id(application.id, agency);
        row.decision = decision;
        row.amount = amount;
        row.decidedBy = caller.id();
        row.decidedAt = clock.instant();
        row.reason = reason;
        row.persist();
    }

    private static boolean allApproved(Application application) {
        List<AwardDecision> decisions = decisions(application);
        return application.requestedAmounts.keySet().stream().allMatch(agency -> decisions.stream()
                .anyMatch(d -> d.id.agencyCode().equals(agency) && d.decision == AwardDecision.Decision.APPROVED));
    }

    private static List<AwardDecision> decisions(Application application) {
        return AwardDecision.list("id.applicationId", application.id);
    }

    private static AwardView view(Application application) {
        List<AwardDecision> decisions = decisions(application);
        List<AwardView.Share> shares = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> request : new java.util.TreeMap<>(application.requestedAmounts).entrySet()) {
            String currency = application.call.funder(request.getKey()).map(f -> f.agency.currency).orElse(null);
            AwardDecision d = decisions.stream().filter(x -> x.id.agencyCode().equals(request.getKey())).findFirst().orElse(null);
            shares.add(new AwardView.Share(request.getKey(), request.getValue(), currency,
                    d == null ? "PENDING" : d.decision.name(), d == null ? null : d.decidedBy,
                    d == null ? null : d.decidedAt, d == null ? null : d.reason));
        }
        return new AwardView(application.id, application.status, shares);
    }
}
