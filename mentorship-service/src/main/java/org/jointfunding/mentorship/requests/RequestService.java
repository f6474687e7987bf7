package org.jointfunding.mentorship.requests;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Page;
import org.jointfunding.mentorship.audit.AuditTrail;
import org.jointfunding.mentorship.audit.MentorshipAction;
import org.jointfunding.mentorship.audit.AuditView;
import org.jointfunding.mentorship.common.Labels;
import org.jointfunding.mentorship.matches.Match;
import org.jointfunding.mentorship.programs.ProgramService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Mentoring requests: a startup asks (for open mentoring or to join a program); admins see all. */
@ApplicationScoped
public class RequestService {

    /** What an award event carries about the startup that won. */
    public record Award(String startupId, String startupName, UUID applicationId, String description, String sector,
                        List<String> needs, List<String> languages, String country) {
    }

    private final Clock clock;
    private final ProgramService programs;
    private final AuditTrail audit;

    public RequestService(Clock clock, ProgramService programs, AuditTrail audit) {
        this.clock = clock;
        this.programs = programs;
        this.audit = audit;
    }

    @Transactional
    public RequestView create(Caller caller, NewMentoringRequest input) {
        if (input.programId() != null) {
            programs.admit(input.programId());
        }
        MentoringRequest request = newRequest(caller.id(), RequestSource.STARTUP);
        request.programId = input.programId();
        request.needs = Labels.normalise(input.needs());
        request.sector = Labels.normalise(input.sector());
        request.languages = Labels.normalise(input.languages());
        request.country = Labels.country(input.country());
        request.timeZone = Labels.timeZone("timeZone", input.timeZone());
        request.description = input.description();
        persist(request, caller.id(), "asked by the startup");
        return RequestView.of(request);
    }

    /** A request on behalf of an awarded startup, from what its application said; the startup edits it until matched. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MentoringRequest createFromAward(Award award) {
        MentoringRequest request = newRequest(award.startupId(), RequestSource.AWARD);
        request.startupName = award.startupName();
        request.applicationId = award.applicationId();
        request.needs = Labels.normalise(award.needs());
        request.sector = Labels.normalise(award.sector());
        request.languages = Labels.normalise(award.languages());
        request.country = Labels.country(award.country());
        request.description = award.description();
        persist(request, AuditTrail.SYSTEM, "created from award of application " + award.applicationId());
        return request;
    }

    /** Its startup, an admin, or a mentor it is proposed to or matched with (past mentees included). */
    @Transactional
    public RequestView get(UUID id, Caller caller) {
        MentoringRequest request = MentoringRequest.findById(id);
        if (request != null && Match.isMentorOf(request.id, caller.id())) {
            return RequestView.of(request);
        }
        return RequestView.of(visible(id, caller));
    }

    /** Its startup changes what it asks for until a mentor accepts; If-Match guards against a lost update. */
    @Transactional
    public RequestView edit(UUID id, Caller caller, String ifMatch, RequestEdit edit) {
        MentoringRequest request = visible(id, caller);
        ETags.requireMatch(ifMatch, request.version);
        request.edit(audit, caller.id(), Labels.normalise(edit.needs()), Labels.normalise(edit.sector()),
                Labels.normalise(edit.languages()), Labels.country(edit.country()), Labels.timeZone("timeZone", edit.timeZone()),
                edit.description());
        MentoringRequest.flush();
        return RequestView.of(request);
    }

    /** A page of the requests the caller may see. */
    public Page<RequestView> list(Caller caller, RequestStatus status, UUID programId, int limit, int offset) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.isAdmin()) {
            where.add("startupId = :startup");
            params.and("startup", caller.id());
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (programId != null) {
            where.add("programId = :program");
            params.and("program", programId);
        }
        var query = where.isEmpty()
                ? MentoringRequest.<MentoringRequest>findAll(Sort.by("createdAt").and("id"))
                : MentoringRequest.<MentoringRequest>find(String.join(" and ", where), Sort.by("createdAt").and("id"), params);
        return Page.read(query, limit, offset).map(RequestView::of);
    }

    @Transactional
    public RequestView cancel(UUID id, Caller caller, String reason) {
        MentoringRequest request = visible(id, caller);
        request.cancel(audit, caller.id(), reason);
        MentoringRequest.flush();
        return RequestView.of(request);
    }

    @Transactional
    public Page<AuditView> audit(UUID id, Caller caller) {
        return Page.all(audit.of(visible(id, caller).id));
    }

    /** The request if the caller is its startup or an admin; anyone else learns nothing (404). */
    @Transactional(Transactional.TxType.MANDATORY)
    public MentoringRequest visible(UUID id, Caller caller) {
        MentoringRequest request = MentoringRequest.findById(id);
        if (request == null || !(caller.isAdmin() || request.startupId.equals(caller.id()))) {
            throw ApiProblem.notFound("mentoring request", id);
        }
        return request;
    }

    private MentoringRequest newRequest(String startupId, RequestSource source) {
        MentoringRequest request = new MentoringRequest();
        request.id = UUID.randomUUID();
        request.startupId = startupId;
        request.source = source;
        request.createdAt = clock.instant();
        return request;
    }

    private void persist(MentoringRequest request, String actor, String reason) {
        request.status = RequestStatus.OPEN;
        request.persist();
        audit.event(MentorshipAction.OPEN).actor(actor).target(MentoringRequest.AGGREGATE, request.id)
                .transition(null, RequestStatus.OPEN).detail(reason).write();
    }
}
