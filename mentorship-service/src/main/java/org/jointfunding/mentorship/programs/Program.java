package org.jointfunding.mentorship.programs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointfunding.kit.ApiProblem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A named mentoring cohort: who it is for, when startups may apply, how many it takes, how long. */
@Entity
@Table(name = "program")
public class Program extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    public String description;
    public String agency;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> sectors;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> languages;
    @Column(name = "intake_opens")
    public Instant intakeOpens;
    @Column(name = "intake_closes")
    public Instant intakeCloses;
    @Column(name = "cohort_size")
    public int cohortSize;
    @Column(name = "duration_weeks")
    public int durationWeeks;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    /** Startups may apply while the intake window is open and the cohort has room. */
    void admit(Instant now, long applicants) {
        if (now.isBefore(intakeOpens) || !now.isBefore(intakeCloses)) {
            throw ApiProblem.conflict("intake-closed", "Program " + title + " takes applications from "
                    + intakeOpens + " until " + intakeCloses).with("programId", id);
        }
        if (applicants >= cohortSize) {
            throw ApiProblem.conflict("cohort-full", "Program " + title + " already has its " + cohortSize
                    + " startups").with("programId", id);
        }
    }
}
