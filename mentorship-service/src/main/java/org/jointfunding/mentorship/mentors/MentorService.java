package org.jointfunding.mentorship.mentors;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Page;
import org.jointfunding.mentorship.common.Labels;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mentor profiles: a mentor keeps its own; anyone signed in finds active ones. */
@ApplicationScoped
public class MentorService {

    public record Saved(boolean created, MentorView mentor) {
    }

    public record Search(String tag, String sector, String language, String country, UUID programId) {
    }

    private final Clock clock;
    private final MentorStats stats;

    public MentorService(Clock clock, MentorStats stats) {
        this.clock = clock;
        this.stats = stats;
    }

    /** Creates the caller's profile, or replaces it: an edit must name the version it read (If-Match). */
    @Transactional
    public Saved saveOwn(Caller caller, MentorProfileRequest input, String ifMatch) {
        Instant now = clock.instant();
        MentorProfile mentor = MentorProfile.findByAccount(caller.id()).orElse(null);
        boolean created = mentor == null;
        if (created) {
            mentor = new MentorProfile();
            mentor.id = UUID.randomUUID();
            mentor.accountId = caller.id();
            mentor.createdAt = now;
        } else {
            ETags.requireMatch(ifMatch, mentor.version);
        }
        mentor.apply(input, now);
        if (created) {
            mentor.persist();
        }
        MentorProfile.flush();
        return new Saved(created, view(mentor));
    }

    public MentorView own(Caller caller) {
        return view(MentorProfile.findByAccount(caller.id())
                .orElseThrow(() -> ApiProblem.notFound("mentor profile for account", caller.id())));
    }

    /** A paused profile is visible only to its mentor and to admins. */
    public MentorView get(UUID id, Caller caller) {
        MentorProfile mentor = MentorProfile.findById(id);
        if (mentor == null || (!mentor.active && !caller.isAdmin() && !mentor.accountId.equals(caller.id()))) {
            throw ApiProblem.notFound("mentor", id);
        }
        return view(mentor);
    }

    public Page<MentorView> search(Search search, int limit, int offset) {
        List<String> where = new ArrayList<>(List.of("active = true"));
        Parameters params = new Parameters();
        addContains(where, params, "tags", "tag", Labels.normalise(search.tag()));
        addContains(where, params, "sectors", "sector", Labels.normalise(search.sector()));
        addContains(where, params, "languages", "language", Labels.normalise(search.language()));
        addContains(where, params, "countries", "country", Labels.country(search.country()));
        if (search.programId() != null) {
            where.add("id in (select pm.mentorId from ProgramMentor pm where pm.programId = :programId)");
            params.and("programId", search.programId());
        }
        var query = MentorProfile.<MentorProfile>find(String.join(" and ", where),
                Sort.by("displayName").and("id"), params);
        List<MentorProfile> mentors = query.range(offset, offset + limit - 1).list();
        return Page.of(views(mentors), limit, offset, query::count);
    }

    private static void addContains(List<String> where, Parameters params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.add("array_contains(" + column + ", :" + name + ")");
            params.and(name, value);
        }
    }

    MentorView view(MentorProfile mentor) {
        MentorStats.Rating rating = stats.rating(mentor.id);
        return MentorView.of(mentor, stats.load(mentor.id), rating.average(), rating.count());
    }

    private List<MentorView> views(List<MentorProfile> mentors) {
        List<UUID> ids = mentors.stream().map(m -> m.id).toList();
        Map<UUID, Long> loads = stats.loads(ids);
        Map<UUID, MentorStats.Rating> ratings = stats.ratings(ids);
        return mentors.stream().map(m -> {
            MentorStats.Rating rating = ratings.getOrDefault(m.id, MentorStats.Rating.NONE);
            return MentorView.of(m, loads.getOrDefault(m.id, 0L), rating.average(), rating.count());
        }).toList();
    }
}
