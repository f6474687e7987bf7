package org.jointfunding.mentorship.runs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One batch run: what it considered and what it proposed (the proposals are matches with its id). */
@Entity
@Table(name = "matching_run")
public class MatchingRun extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "prune_k")
    public int pruneK;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "request_count")
    public int requestCount;
    @Column(name = "mentor_count")
    public int mentorCount;
    @Column(name = "proposed_count")
    public int proposedCount;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "unmatched_request_ids", columnDefinition = "uuid[]")
    public List<UUID> unmatchedRequestIds;
    @Column(name = "total_score")
    public double totalScore;
    @Column(name = "duration_ms")
    public long durationMs;
}
