package org.jointfunding.mentorship.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A mentoring session held on an accepted match. */
@Entity
@Table(name = "mentoring_session")
public class MentoringSession extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "match_id")
    public UUID matchId;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    public String notes;
    @Column(name = "logged_by")
    public String loggedBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
