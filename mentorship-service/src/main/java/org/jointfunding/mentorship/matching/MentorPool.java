package org.jointfunding.mentorship.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jointfunding.mentorship.mentors.MentorProfile;
import org.jointfunding.mentorship.mentors.MentorStats;
import org.jointfunding.mentorship.requests.MentoringRequest;
import org.jointfunding.mentorship.scoring.FeatureSpace;
import org.jointfunding.mentorship.scoring.MentorFeatures;
import org.jointfunding.mentorship.scoring.RequestFeatures;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The mentors a proposal may go to: active, with free capacity (capacity minus proposed and accepted
 * matches), and, for a program's requests, opted in to that program. Also knows which mentors a
 * request already tried, since they are never proposed again for it.
 */
@ApplicationScoped
public class MentorPool {

    /** Mentors with room, their features and remaining places, index-aligned. */
    public record Pool(FeatureSpace space, List<MentorProfile> mentors, List<MentorFeatures> features, int[] remaining) {
    }

    private final EntityManager em;
    private final MentorStats stats;
    private final Clock clock;

    public MentorPool(EntityManager em, MentorStats stats, Clock clock) {
        this.em = em;
        this.stats = stats;
        this.clock = clock;
    }

    /**
     * Serialises everything that takes mentor capacity (batch runs, re-proposals) so two of them never
     * both give a mentor its last place. Held until the transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCapacity() {
        em.createNativeQuery("select pg_advisory_xact_lock(7410001)").getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Pool load(UUID programId) {
        List<MentorProfile> active = programId == null
                ? MentorProfile.list("active = true order by id")
                : MentorProfile.list("active = true and id in (select pm.mentorId from ProgramMentor pm "
                + "where pm.programId = ?1) order by id", programId);
        Map<UUID, Long> loads = stats.loads(active.stream().map(m -> m.id).toList());
        FeatureSpace space = new FeatureSpace(clock.instant());
        List<MentorProfile> withRoom = active.stream()
                .filter(m -> m.capacity - loads.getOrDefault(m.id, 0L) > 0).toList();
        int[] remaining = withRoom.stream().mapToInt(m -> (int) (m.capacity - loads.getOrDefault(m.id, 0L))).toArray();
        List<MentorFeatures> features = new java.util.ArrayList<>(withRoom.size());
        for (int i = 0; i < withRoom.size(); i++) {
            MentorProfile m = withRoom.get(i);
            features.add(space.mentor(m.tags, m.sectors, m.languages, m.countries, m.timeZone, m.capacity, remaining[i]));
        }
        return new Pool(space, withRoom, features, remaining);
    }

    public static RequestFeatures features(FeatureSpace space, MentoringRequest request) {
        return space.request(request.needs, request.sector, request.languages, request.country, request.timeZone);
    }

    /** For each request, the mentors it was already matched with (declined, expired, or any other). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Set<UUID>> triedMentors(Collection<UUID> requestIds) {
        Map<UUID, Set<UUID>> tried = new HashMap<>();
        if (requestIds.isEmpty()) {
            return tried;
        }
        em.createQuery("select m.requestId, m.mentorId from Match m where m.requestId in :ids", Object[].class)
                .setParameter("ids", requestIds).getResultList()
                .forEach(row -> tried.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((UUID) row[1]));
        return tried;
    }

    /** Exclusions by index for the pruner, from tried mentors by id. */
    public static Exclusions exclusions(List<MentoringRequest> requests, Pool pool, Map<UUID, Set<UUID>> tried) {
        if (tried.isEmpty()) {
            return Exclusions.NONE;
        }
        return (r, m) -> {
            Set<UUID> already = tried.get(requests.get(r).id);
            return already != null && already.contains(pool.mentors().get(m).id);
        };
    }
}
