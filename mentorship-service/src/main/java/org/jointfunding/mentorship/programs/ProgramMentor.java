package org.jointfunding.mentorship.programs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A mentor that opted in to a program. */
@Entity
@Table(name = "program_mentor")
@IdClass(ProgramMentor.Key.class)
public class ProgramMentor extends PanacheEntityBase {

    public record Key(UUID programId, UUID mentorId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "program_id")
    public UUID programId;
    @Id
    @Column(name = "mentor_id")
    public UUID mentorId;
    @Column(name = "joined_at")
    public Instant joinedAt;
}
