package org.jointfunding.mentorship.matches;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.mentorship.audit.AuditTrail;
import org.jointfunding.mentorship.audit.MentorshipAction;
import org.jointfunding.mentorship.scoring.ScoreItem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mentor proposed for a mentoring request, with the score and why. Owns its state machine. */
@Entity
@Table(name = "mentor_match")
public class Match extends PanacheEntityBase {

    public static final String AGGREGATE = "Match";

    @Id
    public UUID id;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "mentor_id")
    public UUID mentorId;
    @Column(name = "startup_id")
    public String startupId;
    @Column(name = "run_id")
    public UUID runId;
    @Enumerated(EnumType.STRING)
    public MatchStatus status;
    public double score;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScoreItem> explanation;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Version
    public long version;

    /** Whether the account is the mentor of a live or past match on the request (not a declined or expired one). */
    public static boolean isMentorOf(UUID requestId, String accountId) {
        return count("requestId = ?1 and status in ?2 and mentorId in (select p.id from MentorProfile p where p.accountId = ?3)",
                requestId, List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.ENDED), accountId) > 0;
    }

    public static Match propose(UUID requestId, UUID mentorId, String startupId, UUID runId, double score,
                                List<ScoreItem> explanation, Instant now, Instant expiresAt) {
        Match match = new Match();
        match.id = UUID.randomUUID();
        match.requestId = requestId;
        match.mentorId = mentorId;
        match.startupId = startupId;
        match.runId = runId;
        match.status = MatchStatus.PROPOSED;
        match.score = score;
        match.explanation = explanation;
        match.proposedAt = now;
        match.expiresAt = expiresAt;
        return match;
    }

    /** A proposal past its answer time can no longer be accepted, even before the sweep marks it. */
    void accept(Instant now, AuditTrail audit, String actor) {
        require(MatchStatus.PROPOSED, "accept");
        if (!now.isBefore(expiresAt)) {
            throw ApiProblem.conflict("proposal-expired", "The proposal expired at " + expiresAt).with("matchId", id);
        }
        answeredAt = now;
        move(MatchStatus.ACCEPTED, MentorshipAction.ACCEPT, audit, actor, "mentor accepted");
    }

    void decline(Instant now, AuditTrail audit, String actor, String reason) {
        require(MatchStatus.PROPOSED, "decline");
        answeredAt = now;
        move(MatchStatus.DECLINED, MentorshipAction.DECLINE, audit, actor, reason);
    }

    void expire(AuditTrail audit) {
        require(MatchStatus.PROPOSED, "expire");
        move(MatchStatus.EXPIRED, MentorshipAction.EXPIRE, audit, AuditTrail.SYSTEM, "not answered by " + expiresAt);
    }

    void end(Instant now, AuditTrail audit, String actor, String reason) {
        require(MatchStatus.ACCEPTED, "end");
        endedAt = now;
        move(MatchStatus.ENDED, MentorshipAction.END, audit, actor, reason);
    }

    private void require(MatchStatus expected, String action) {
        if (status != expected) {
            throw ApiProblem.illegalTransition("match", status, action);
        }
    }

    private void move(MatchStatus to, MentorshipAction action, AuditTrail audit, String actor, String reason) {
        audit.event(action).actor(actor).target(AGGREGATE, id).transition(status, to).detail(reason).write();
        status = to;
    }
}
