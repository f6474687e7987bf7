package org.jointfunding.mentorship.programs;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Page;
import org.jointfunding.mentorship.common.Labels;
import org.jointfunding.mentorship.mentors.MentorProfile;

import java.time.Clock;
import java.util.UUID;

/** Programs: run by an ADMIN or by an AGENCY_ADMIN for its own agency; mentors opt in, startups apply. */
@ApplicationScoped
public class ProgramService {

    private final Clock clock;
    private final EntityManager em;

    public ProgramService(Clock clock, EntityManager em) {
        this.clock = clock;
        this.em = em;
    }

    @Transactional
    public ProgramView create(Caller caller, ProgramRequest input) {
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.agency = caller.isAdmin() ? input.agency() : ownAgency(caller);
        program.createdBy = caller.id();
        program.createdAt = clock.instant();
        apply(program, input);
        program.persist();
        return view(program);
    }

    @Transactional
    public ProgramView update(UUID id, Caller caller, ProgramRequest input, String ifMatch) {
        Program program = find(id);
        if (!caller.isAdmin() && !ownAgency(caller).equals(program.agency)) {
            throw ApiProblem.forbidden("Only an admin or the running agency's admin may change this program");
        }
        ETags.requireMatch(ifMatch, program.version);
        apply(program, input);
        Program.flush();
        return view(program);
    }

    public ProgramView get(UUID id) {
        return view(find(id));
    }

    public Page<ProgramView> list(int limit, int offset) {
        var query = Program.<Program>findAll(Sort.by("intakeOpens").and("id"));
        return Page.read(query, limit, offset).map(this::view);
    }

    /** Idempotent: opting in twice leaves one membership. */
    @Transactional
    public void optIn(UUID id, Caller caller) {
        Program program = find(id);
        MentorProfile mentor = ownProfile(caller);
        if (ProgramMentor.findById(new ProgramMentor.Key(program.id, mentor.id)) == null) {
            ProgramMentor membership = new ProgramMentor();
            membership.programId = program.id;
            membership.mentorId = mentor.id;
            membership.joinedAt = clock.instant();
            membership.persist();
        }
    }

    @Transactional
    public void optOut(UUID id, Caller caller) {
        Program program = find(id);
        ProgramMentor.deleteById(new ProgramMentor.Key(program.id, ownProfile(caller).id));
    }

    /**
     * Checks that a startup may still apply to the program now; locks the program row so that two
     * concurrent applications cannot both take the last place of a cohort.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(UUID programId) {
        Program program = Program.findById(programId, LockModeType.PESSIMISTIC_WRITE);
        if (program == null) {
            throw ApiProblem.invalidField("programId", "no such program");
        }
        program.admit(clock.instant(), applicants(programId));
    }

    private void apply(Program program, ProgramRequest input) {
        if (!input.intakeCloses().isAfter(input.intakeOpens())) {
            throw ApiProblem.invalidField("intakeCloses", "must be after intakeOpens");
        }
        program.title = input.title().trim();
        program.description = input.description();
        program.sectors = Labels.normalise(input.sectors());
        program.languages = Labels.normalise(input.languages());
        program.intakeOpens = input.intakeOpens();
        program.intakeCloses = input.intakeCloses();
        program.cohortSize = input.cohortSize();
        program.durationWeeks = input.durationWeeks();
    }

    private static String ownAgency(Caller caller) {
        return caller.agency().orElseThrow(() -> ApiProblem.forbidden("This agency admin's token names no agency"));
    }

    private static Program find(UUID id) {
        Program program = Program.findById(id);
        if (program == null) {
            throw ApiProblem.notFound("program", id);
        }
        return program;
    }

    private static MentorProfile ownProfile(Caller caller) {
        return MentorProfile.findByAccount(caller.id()).orElseThrow(() ->
                ApiProblem.conflict("no-mentor-profile", "Create your mentor profile before joining a program"));
    }

    private long applicants(UUID programId) {
        return em.createQuery("select count(r) from MentoringRequest r where r.programId = :p and r.status <> "
                        + "org.jointfunding.mentorship.requests.RequestStatus.CANCELLED", Long.class)
                .setParameter("p", programId).getSingleResult();
    }

    private ProgramView view(Program program) {
        return ProgramView.of(program, applicants(program.id), ProgramMentor.count("programId", program.id));
    }
}
