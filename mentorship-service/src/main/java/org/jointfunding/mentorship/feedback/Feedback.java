package org.jointfunding.mentorship.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One side's rating of a match; each side rates once. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "match_id")
    public UUID matchId;
    @Column(name = "mentor_id")
    public UUID mentorId;
    @Column(name = "author_id")
    public String authorId;
    @Enumerated(EnumType.STRING)
    @Column(name = "author_side")
    public FeedbackSide authorSide;
    public int rating;
    public String comment;
    @Column(name = "created_at")
    public Instant createdAt;
}
