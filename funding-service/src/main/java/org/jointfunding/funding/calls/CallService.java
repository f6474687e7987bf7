package org.jointfunding.funding.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.agencies.Agency;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.audit.FundingAction;
import org.jointfunding.kit.audit.AuditLog;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Page;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

@ApplicationScoped
public class CallService {

    private final Caller caller;
    private final AuditTrail audit;
    private final CallContent content;
    private final Event<CallStatusChanged> statusChanged;
    private final CallEvents events;
    private final Clock clock;
    private final CallReads reads;

    public CallService(Caller caller, AuditTrail audit, CallContent content, Event<CallStatusChanged> statusChanged,
                       CallEvents events, Clock clock, CallReads reads) {
        this.reads = reads;
        this.caller = caller;
        this.audit = audit;
        this.content = content;
        this.statusChanged = statusChanged;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Everyone lists OPEN calls, and the other announced statuses when asking for one; ADMIN lists
     * all; agency staff also the calls their agency funds. One SQL statement, no transaction
     * ({@link CallReads}).
     */
    public Page<CallView> list(CallFilter filter, int limit, int offset) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!caller.isAdmin()) {
            if (caller.agency().isPresent() && (caller.is("AGENCY_ADMIN") || caller.is("REVIEWER"))) {
                where.add("(c.status = ? or exists (select 1 from call_funder f where f.call_id = c.id and f.agency_code = ?))");
                params.add(CallStatus.OPEN.name());
                params.add(caller.agency().get());
            } else if (filter.status != null) {
                where.add("c.status = any (?)");
                params.add(CallStatus.ANNOUNCED.stream().map(Enum::name).toArray(String[]::new));
            } else {
                where.add("c.status = ?");
                params.add(CallStatus.OPEN.name());
            }
        }
        if (filter.status != null) {
            where.add("c.status = ?");
            params.add(CallStatus.valueOf(filter.status).name());
        }
        if (filter.sector != null) {
            where.add("exists (select 1 from call_sector s where s.call_id = c.id and s.sector = ?)");
            params.add(filter.sector);
        }
        if (filter.funderCountry != null) {
            where.add("exists (select 1 from call_funder f join agency a on a.code = f.agency_code where f.call_id = c.id and a.country = ?)");
            params.add(filter.funderCountry);
        }
        if (filter.agency != null) {
            where.add("exists (select 1 from call_funder f where f.call_id = c.id and f.agency_code = ?)");
            params.add(filter.agency);
        }
        if (filter.text != null && !filter.text.isBlank()) {
            where.add("(lower(c.title) like ? or lower(c.description) like ?)");
            String text = "%" + filter.text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(text);
            params.add(text);
        }
        return reads.page(where, params, limit, offset);
    }

    /** One SQL statement, no transaction ({@link CallReads}); 404 for a call the caller may not see. */
    public CallView get(UUID id) {
        return reads.byId(id).filter(call -> canSee(call.status(), agency -> call.funders().stream()
                        .anyMatch(f -> f.agency().equals(agency))))
                .orElseThrow(() -> ApiProblem.notFound("call", id));
    }

    @Transactional
    public CallView create(CallRequest request) {
        JointCall call = new JointCall();
        call.id = UUID.randomUUID();
        call.status = CallStatus.DRAFT;
        call.createdBy = caller.id();
        call.createdAt = clock.instant();
        content.apply(call, request);
        requireOwnAgencyAmongFunders(call);
        call.leadAgency = caller.isAdmin() ? call.funders.stream().findFirst().map(f -> f.agencyCode).orElse(null)
                : caller.agency().orElseThrow();
        confirmWhatTheEditorSets(call);
        call.persist();
        audit.event(FundingAction.CREATE).actor(caller.id())
                .target("CALL", call.id).within(call.id).transition(null, call.status).write();
        events.sharesToConfirm(call, caller.id());
        return CallView.of(call);
    }

    @Transactional
    public CallView update(UUID id, String ifMatch, CallRequest request) {
        JointCall call = led(id);
        ETags.requireMatch(ifMatch, call.version);
        call.checkEditable();
        if (!caller.isAdmin()) {
            requireOtherSharesUntouched(call, request);
        }
        content.apply(call, request);
        requireOwnAgencyAmongFunders(call);
        if (call.leadAgency == null || !call.fundedBy(call.leadAgency)) { // an ADMIN removed the lead, or set the first funder
            call.leadAgency = call.funders.stream().findFirst().map(f -> f.agencyCode).orElse(null);
        }
        confirmWhatTheEditorSets(call);
        audit.event(FundingAction.EDIT).actor(caller.id())
                .target("CALL", call.id).within(call.id).transition(call.status, call.status).write();
        events.sharesToConfirm(call, caller.id());
        JointCall.flush();
        return CallView.of(call);
    }

    @Transactional
    public CallView open(UUID id, String reason) {
        return transition(id, FundingAction.OPEN, reason, call -> {
            call.open(clock.instant());
            events.opened(call, caller.id());
        });
    }

    /**
     * A funder sets its own share of a DRAFT call, which confirms it (If-Match: the terms it saw).
     * Only that agency's administrators (or an ADMIN) may; the call's version moves, so the lead's
     * next edit is based on it.
     */
    @Transactional
    public CallView confirmShare(UUID id, String agency, String ifMatch, FunderShare share) {
        JointCall call = visible(id);
        Funder funder = ownShare(call, agency);
        ETags.requireMatch(ifMatch, call.version);
        call.checkEditable();
        if (share.maxRequest() != null && share.maxRequest().compareTo(share.budget()) > 0) {
            throw ApiProblem.invalidField("maxRequest", "must not exceed the budget");
        }
        funder.confirm(share.budget(), share.maxRequest(), caller.id(), clock.instant());
        JointCall.getEntityManager().lock(call, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.event(FundingAction.CONFIRM_SHARE).party(agency).actor(caller.id())
                .target("CALL", call.id).within(call.id)
                .transition(call.status, call.status)
                .detail("budget " + share.budget() + (share.maxRequest() == null ? "" : ", at most " + share.maxRequest() + " per application"))
                .says(share.maxRequest() == null ? "budget" : "budget-capped", "budget", share.budget(), "maxRequest", share.maxRequest(),
                        "currency", funder.agency.currency)
                .write();
        JointCall.flush();
        return CallView.of(call);
    }

    /** A funder other than the lead leaves a DRAFT call; the lead cannot (it cancels the call instead). */
    @Transactional
    public CallView leave(UUID id, String agency, String ifMatch) {
        JointCall call = visible(id);
        Funder funder = ownShare(call, agency);
        ETags.requireMatch(ifMatch, call.version);
        call.checkEditable();
        if (call.ledBy(agency)) {
            throw ApiProblem.conflict("lead-cannot-leave", agency + " leads this call: it cannot leave it, but it can cancel it");
        }
        call.funders.remove(funder);
        JointCall.getEntityManager().lock(call, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.event(FundingAction.LEAVE).party(agency).actor(caller.id())
                .target("CALL", call.id).within(call.id).transition(call.status, call.status).write();
        JointCall.flush();
        return CallView.of(call);
    }

    /** Extends an OPEN call's deadline; audited with the old and new closing instants. */
    @Transactional
    public CallView extend(UUID id, CallExtension extension) {
        JointCall call = led(id);
        Instant previous = call.closesAt;
        call.extendTo(extension.closesAt(), clock.instant());
        String reason = extension.reason() == null || extension.reason().isBlank() ? null : extension.reason();
        String detail = "closing instant " + previous + " -> " + call.closesAt + (reason == null ? "" : ": " + reason);
        audit.event(FundingAction.EXTEND).actor(caller.id())
                .target("CALL", call.id).within(call.id).transition(call.status, call.status).detail(detail)
                .says("closing-moved", "from", previous, "to", call.closesAt, "reason", reason).write();
        JointCall.flush();
        return CallView.of(call);
    }

    @Transactional
    public CallView close(UUID id, String reason) {
        return transition(id, FundingAction.CLOSE, reason, JointCall::close);
    }

    @Transactional
    public CallView startEvaluation(UUID id, String reason) {
        return transition(id, FundingAction.START_EVALUATION, reason, JointCall::startEvaluation);
    }

    /**
     * A funder's administrator agrees that the call is decided; the last agreement decides it (and
     * rejects what is still under review). An ADMIN decides for every funder at once.
     */
    @Transactional
    public CallView decide(UUID id, String reason) {
        JointCall call = visible(id);
        CallStatus from = call.status;
        if (caller.isAdmin()) {
            call.decideForEveryFunder(clock.instant());
            recordTransition(call, caller.id(), FundingAction.DECIDE, from, reason);
        } else {
            String agency = caller.agency().filter(caller::administers).filter(call::fundedBy).orElseThrow(() ->
                    ApiProblem.forbidden("Only an administrator of an agency funding this call agrees to decide it"));
            boolean decided = call.agreeToDecide(agency, clock.instant());
            audit.event(FundingAction.AGREE_TO_DECIDE).party(agency).actor(caller.id())
                    .target("CALL", call.id).within(call.id).transition(from, from).detail(reason).write();
            if (decided) {
                String said = reason == null || reason.isBlank() ? null : reason;
                recordTransition(call, caller.id(), FundingAction.DECIDE, from, "every funder agreed" + (said == null ? "" : ": " + said),
                        AuditLog.facts("all-agreed", "reason", said));
            }
        }
        JointCall.flush();
        return CallView.of(call);
    }

    @Transactional
    public CallView cancel(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.invalidField("reason", "a cancellation needs a reason");
        }
        return transition(id, FundingAction.CANCEL, reason, JointCall::cancel);
    }

    /** Closes every OPEN call whose closing instant has passed; run by {@link CallClosingJob}. */
    @Transactional
    public int closeExpired() {
        List<JointCall> expired = JointCall.list("status = ?1 and closesAt <= ?2", CallStatus.OPEN, clock.instant());
        for (JointCall call : expired) {
            call.close();
            recordTransition(call, AuditLog.SYSTEM, FundingAction.CLOSE, CallStatus.OPEN, "the closing instant " + call.closesAt + " passed",
                    AuditLog.facts("closing-passed", "at", call.closesAt));
        }
        return expired.size();
    }

    /** The call if the caller may see it; otherwise 404, so that drafts of other agencies stay unknown. */
    public JointCall visible(UUID id) {
        JointCall call = JointCall.findById(id);
        if (call == null || !canSee(call)) {
            throw ApiProblem.notFound("call", id);
        }
        return call;
    }

    /** The call if the caller leads it (ADMIN, or AGENCY_ADMIN of the lead agency); 404 if unseen, 403 otherwise. */
    public JointCall led(UUID id) {
        JointCall call = visible(id);
        if (caller.isAdmin() || caller.agency().filter(caller::administers).filter(call::ledBy).isPresent()) {
            return call;
        }
        if (caller.agency().filter(caller::administers).filter(call::fundedBy).isPresent()) {
            throw ApiProblem.forbidden("Only the lead agency " + call.leadAgency + " edits this call and runs its lifecycle; "
                    + "each funder confirms its own share and agrees to decide");
        }
        throw ApiProblem.forbidden("Only an administrator of the lead agency of this call may do this");
    }

    /** The call if the caller is on its funding side (ADMIN, or AGENCY_ADMIN of a funder); 404 if unseen, 403 if only seen. */
    public JointCall managed(UUID id) {
        JointCall call = visible(id);
        if (!caller.isAdmin() && !caller.agency().filter(a -> caller.administers(a) && call.fundedBy(a)).isPresent()) {
            throw ApiProblem.forbidden("Only an administrator of an agency funding this call may do this");
        }
        return call;
    }

    /** Once announced, a call stays public (applicants follow it past its deadline); drafts and cancelled calls do not. */
    private boolean canSee(JointCall call) {
        return canSee(call.status, call::fundedBy);
    }

    private boolean canSee(CallStatus status, Predicate<String> fundedBy) {
        return CallStatus.ANNOUNCED.contains(status) || caller.isAdmin()
                || ((caller.is("AGENCY_ADMIN") || caller.is("REVIEWER")) && caller.agency().map(fundedBy::test).orElse(false));
    }

    private CallView transition(UUID id, FundingAction action, String reason, Consumer<JointCall> move) {
        JointCall call = led(id);
        CallStatus from = call.status;
        move.accept(call);
        recordTransition(call, caller.id(), action, from, reason);
        JointCall.flush();
        return CallView.of(call);
    }

    private void recordTransition(JointCall call, String actor, FundingAction action, CallStatus from, String reason) {
        recordTransition(call, actor, action, from, reason, null);
    }

    /** {@code facts}: when the portal words the reason itself, the same as values (the audit trail's {@code says}). */
    private void recordTransition(JointCall call, String actor, FundingAction action, CallStatus from, String reason,
                                  Map<String, String> facts) {
        audit.event(action).actor(actor)
                .target("CALL", call.id).within(call.id).transition(from, call.status).detail(reason).facts(facts).write();
        statusChanged.fire(new CallStatusChanged(call, from, call.status, actor));
    }

    /** The agency's share in the call, if the caller administers that agency (or is an ADMIN). */
    private Funder ownShare(JointCall call, String agency) {
        if (!caller.isAdmin() && !caller.administers(agency)) {
            throw ApiProblem.forbidden("Only an administrator of " + agency + " sets or withdraws its share");
        }
        return call.funder(agency).orElseThrow(() -> ApiProblem.notFound("funder of this call", agency));
    }

    /** The lead proposes shares for agencies it adds, but never changes or removes a share another agency has set. */
    private void requireOtherSharesUntouched(JointCall call, CallRequest request) {
        String mine = caller.agency().orElse("");
        List<String> wanted = request.funders().stream().map(CallRequest.FunderRequest::agency).toList();
        for (Funder funder : call.funders) {
            if (funder.agencyCode.equals(mine)) {
                continue;
            }
            int i = wanted.indexOf(funder.agencyCode);
            if (i < 0 && funder.confirmed()) {
                throw ApiProblem.forbidden(funder.agencyCode + " has confirmed its share: only it can leave the call");
            }
            if (i >= 0 && funder.confirmed() && !funder.sameShare(request.funders().get(i).budget(), request.funders().get(i).maxRequest())) {
                throw ApiProblem.forbidden("funders[" + i + "]: only an administrator of " + funder.agencyCode
                        + " changes its share (budget, maxRequest)");
            }
        }
    }

    /**
     * After a create or an edit: the editor's own share stands confirmed (an ADMIN's edit confirms
     * every share); other funders confirm again, since the terms they agreed to may have changed.
     */
    private void confirmWhatTheEditorSets(JointCall call) {
        Instant now = clock.instant();
        for (Funder funder : call.funders) {
            if (caller.isAdmin() || caller.administers(funder.agencyCode)) {
                funder.confirm(funder.budget, funder.maxRequest, caller.id(), now);
            } else {
                funder.unconfirm();
            }
        }
    }

    private void requireOwnAgencyAmongFunders(JointCall call) {
        if (!caller.isAdmin() && !caller.agency().map(call::fundedBy).orElse(false)) {
            throw ApiProblem.forbidden("An agency administrator may only run calls that its own agency funds");
        }
    }

    static Agency agencyOrInvalid(String code, String field) {
        Agency agency = Agency.findById(code);
        if (agency == null) {
            throw ApiProblem.invalidField(field, "unknown agency " + code);
        }
        return agency;
    }
}
