package org.jointfunding.funding.applications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.function.IntFunction;
import org.jointfunding.funding.audit.AuditEntry;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.audit.FundingAction;
import org.jointfunding.funding.calls.CallService;
import org.jointfunding.funding.calls.CallStatus;
import org.jointfunding.funding.calls.CallStatusChanged;
import org.jointfunding.funding.calls.JointCall;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Countries;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Page;
import org.jointfunding.funding.common.QueryValues;
import org.jointfunding.kit.Roles;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApplicationService {

    static final String AGGREGATE = "APPLICATION";

    private final Caller caller;
    private final ApplicationAccess access;
    private final CallService calls;
    private final AuditTrail audit;
    private final Event<ApplicationWithdrawn> withdrawn;
    private final Event<ApplicationSubmitted> submitted;
    private final ApplicationEvents events;
    private final Clock clock;
    private final ApplicationReads reads;

    public ApplicationService(Caller caller, ApplicationAccess access, CallService calls, AuditTrail audit,
                              Event<ApplicationWithdrawn> withdrawn, Event<ApplicationSubmitted> submitted,
                              ApplicationEvents events, Clock clock, ApplicationReads reads) {
        this.reads = reads;
        this.caller = caller;
        this.access = access;
        this.calls = calls;
        this.audit = audit;
        this.withdrawn = withdrawn;
        this.submitted = submitted;
        this.events = events;
        this.clock = clock;
    }

    /** A startup sees its own and those it collaborates on; agency staff the submitted ones of calls they fund. */
    public Page<ApplicationView> list(ApplicationFilter filter, int limit, int offset) {
        return listEntities(filter, limit, offset).map(ApplicationView::of);
    }

    public Page<Application> listEntities(ApplicationFilter filter, int limit, int offset) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.isAdmin()) {
            if (caller.is(Roles.AGENCY_ADMIN)) {
                where.add("a.status <> :draft and exists (from Funder f where f.call = a.call and f.agencyCode = :agency)");
                params.and("draft", ApplicationStatus.DRAFT).and("agency", caller.agency().orElse(""));
            } else {
                where.add("(a.ownerId = :me or :me member of a.collaborators)");
                params.and("me", caller.id());
            }
        }
        if (filter.callId != null) {
            where.add("a.call.id = :call");
            params.and("call", QueryValues.uuid("callId", filter.callId));
        }
        if (filter.status != null) {
            where.add("a.status = :status");
            params.and("status", ApplicationStatus.valueOf(filter.status));
        }
        String query = "from Application a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = Application.<Application>find(query, Sort.by("createdAt").and("id"), params);
        return Page.read(found, limit, offset);
    }

    /** CSV rows of every non-draft application of a call its caller runs; identity is checked before streaming. */
    @Transactional
    public IntFunction<List<List<Object>>> exporter(UUID callId, int pageSize) {
        JointCall call = calls.managed(callId);
        return offset -> QuarkusTransaction.requiringNew().call(() ->
                Application.<Application>find("call.id = ?1 and status <> ?2", Sort.by("createdAt").and("id"), call.id, ApplicationStatus.DRAFT)
                        .range(offset, offset + pageSize - 1).list().stream().map(ApplicationService::csvRow).toList());
    }

    static final List<String> CSV_HEADER = List.of("id", "title", "ownerId", "status", "consortiumCountries", "partners",
            "requestedAmounts", "submittedAt");

    private static List<Object> csvRow(Application a) {
        return java.util.Arrays.asList(a.id, a.title, a.ownerId, a.status, String.join(" ", a.consortiumCountries()),
                a.partners.size(), new java.util.TreeMap<>(a.requestedAmounts).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(java.util.stream.Collectors.joining(" ")),
                a.submittedAt);
    }

    /** One SQL statement, no transaction ({@link ApplicationReads}); 404 for an application the caller may not read. */
    public ApplicationView get(UUID id) {
        return reads.byId(id).filter(found -> access.canRead(found.view(), found.funders()))
                .map(ApplicationReads.Readable::view)
                .orElseThrow(() -> ApiProblem.notFound("application", id));
    }

    /** The rules a submit would check, checked now without submitting. */
    @Transactional
    public EligibilityReport eligibility(UUID id) {
        Application application = access.readable(id);
        List<Problem.FieldError> problems = Eligibility.check(application.call, application, clock.instant());
        return new EligibilityReport(problems.isEmpty(), problems);
    }

    /** What happened to the application, oldest first, as its audit trail records it. */
    @Transactional
    public Page<ApplicationEvent> history(UUID id, int limit, int offset) {
        Application application = access.readable(id);
        var found = AuditEntry.<AuditEntry>find("aggregateType = ?1 and aggregateId = ?2", Sort.by("occurredAt").and("id"),
                AGGREGATE, application.id.toString());
        return Page.read(found, limit, offset).map(ApplicationEvent::of);
    }

    @Transactional
    public ApplicationView create(ApplicationRequest request) {
        if (request.callId() == null) {
            throw ApiProblem.invalidField("callId", "must not be null");
        }
        checkCountries(request);
        JointCall call = calls.visible(request.callId());
        if (!call.acceptsSubmissionsAt(clock.instant())) {
            throw ApiProblem.conflict("call-not-open", "The call is not open for applications");
        }
        Application.<Application>find("call = ?1 and ownerId = ?2 and status not in ?3", call, caller.id(),
                List.of(ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED)).firstResultOptional().ifPresent(active -> {
            throw ApiProblem.conflict("already-applied", "You already have an active application to this call")
                    .with("applicationId", active.id);
        });
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.call = call;
        application.ownerId = caller.id();
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = clock.instant();
        apply(application, request);
        application.persist();
        audit.event(FundingAction.CREATE).actor(caller.id())
                .target(AGGREGATE, application.id).within(call.id).transition(null, application.status).write();
        return ApplicationView.of(application);
    }

    /** Owner or collaborator, DRAFT only; the edit is attributed to whoever made it. */
    @Transactional
    public ApplicationView update(UUID id, String ifMatch, ApplicationRequest request) {
        Application application = access.editable(id);
        ETags.requireMatch(ifMatch, application.version);
        application.checkEditable();
        checkCountries(request);
        apply(application, request);
        audit.event(FundingAction.EDIT).actor(caller.id())
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(application.status, application.status).write();
        Application.flush();
        return ApplicationView.of(application);
    }

    @Transactional
    public ApplicationView submit(UUID id) {
        Application application = access.owned(id);
        ApplicationStatus from = application.status;
        application.submit(clock.instant());
        audit.event(FundingAction.SUBMIT).actor(caller.id())
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(from, application.status).write();
        submitted.fire(new ApplicationSubmitted(application, caller.id()));
        events.statusChanged(application, from, caller.id(), null);
        Application.flush();
        return ApplicationView.of(application);
    }

    @Transactional
    public ApplicationView withdraw(UUID id, String reason) {
        // locked like an award decision, so that a share approved meanwhile is seen and given back
        Application application = access.owned(id, LockModeType.PESSIMISTIC_WRITE);
        ApplicationStatus from = application.status;
        application.withdraw();
        audit.event(FundingAction.WITHDRAW).actor(caller.id())
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(from, application.status).detail(reason).write();
        withdrawn.fire(new ApplicationWithdrawn(application, caller.id()));
        events.statusChanged(application, from, caller.id(), reason);
        Application.flush();
        return ApplicationView.of(application);
    }

    /** When a call's evaluation starts, its submitted applications go under review with it. */
    void onCallStatusChanged(@Observes CallStatusChanged change) {
        if (change.to() != CallStatus.UNDER_EVALUATION) {
            return;
        }
        List<Application> submitted = Application.list("call = ?1 and status = ?2", change.call(), ApplicationStatus.SUBMITTED);
        for (Application application : submitted) {
            application.startReview();
            audit.event(FundingAction.START_REVIEW).actor(change.actor())
                    .target(AGGREGATE, application.id).within(change.call().id)
                    .transition(ApplicationStatus.SUBMITTED, application.status)
                    .detail("the call's evaluation started").says("evaluation-started").write();
            events.statusChanged(application, ApplicationStatus.SUBMITTED, change.actor(), null);
        }
    }

    private static void apply(Application application, ApplicationRequest request) {
        application.title = request.title().strip();
        application.summary = request.summary().strip();
        application.partners.clear();
        request.partners().forEach(p -> application.partners.add(new Partner(p.name().strip(), p.country(), p.role().strip())));
        application.requestedAmounts.clear();
        application.requestedAmounts.putAll(request.requestedAmounts());
        application.answers.clear();
        if (request.answers() != null) {
            application.answers.putAll(request.answers());
        }
        if (request.sector() != null && !application.call.sectors.contains(request.sector())) {
            throw ApiProblem.invalidField("sector", "not one of the call's sectors: " + String.join(", ", application.call.sectors));
        }
        application.sector = request.sector();
        application.mentoringNeeds = lowerCaseSet(request.mentoringNeeds());
        application.languages = lowerCaseSet(request.languages());
    }

    private static List<String> lowerCaseSet(List<String> values) {
        return values == null ? new ArrayList<>()
                : new ArrayList<>(values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).distinct().sorted().toList());
    }

    private static void checkCountries(ApplicationRequest request) {
        for (int i = 0; i < request.partners().size(); i++) {
            if (!Countries.isKnown(request.partners().get(i).country())) {
                throw ApiProblem.invalidField("partners[" + i + "].country", "unknown ISO 3166 country");
            }
        }
    }
}
