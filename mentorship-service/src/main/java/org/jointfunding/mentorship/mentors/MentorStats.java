package org.jointfunding.mentorship.mentors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Figures derived from matches and feedback: a mentor's load (proposed + accepted matches, which count
 * against capacity) and the average rating its mentees gave.
 */
@ApplicationScoped
public class MentorStats {

    public record Rating(Double average, long count) {
        static final Rating NONE = new Rating(null, 0);
    }

    private final EntityManager em;

    public MentorStats(EntityManager em) {
        this.em = em;
    }

    public Map<UUID, Long> loads(Collection<UUID> mentorIds) {
        Map<UUID, Long> loads = new HashMap<>();
        if (mentorIds.isEmpty()) {
            return loads;
        }
        List<Object[]> rows = em.createQuery("""
                select m.mentorId, count(m) from Match m
                where m.mentorId in :ids and m.status in (org.jointfunding.mentorship.matches.MatchStatus.PROPOSED,
                                                         org.jointfunding.mentorship.matches.MatchStatus.ACCEPTED)
                group by m.mentorId""", Object[].class).setParameter("ids", mentorIds).getResultList();
        rows.forEach(row -> loads.put((UUID) row[0], (Long) row[1]));
        return loads;
    }

    public long load(UUID mentorId) {
        return loads(List.of(mentorId)).getOrDefault(mentorId, 0L);
    }

    public Map<UUID, Rating> ratings(Collection<UUID> mentorIds) {
        Map<UUID, Rating> ratings = new HashMap<>();
        if (mentorIds.isEmpty()) {
            return ratings;
        }
        List<Object[]> rows = em.createQuery("""
                select f.mentorId, avg(f.rating), count(f) from Feedback f
                where f.mentorId in :ids and f.authorSide = org.jointfunding.mentorship.feedback.FeedbackSide.STARTUP
                group by f.mentorId""", Object[].class).setParameter("ids", mentorIds).getResultList();
        rows.forEach(row -> ratings.put((UUID) row[0], new Rating(round((Double) row[1]), (Long) row[2])));
        return ratings;
    }

    public Rating rating(UUID mentorId) {
        return ratings(List.of(mentorId)).getOrDefault(mentorId, Rating.NONE);
    }

    private static Double round(Double average) {
        return average == null ? null : Math.round(average * 100) / 100.0;
    }
}
