package org.jointfunding.mentorship.mentors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A mentor's own profile: what it knows, speaks and where, and how many mentees it takes at once. */
@Entity
@Table(name = "mentor_profile")
public class MentorProfile extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "display_name")
    public String displayName;
    public String bio;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> sectors;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> languages;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> countries;
    @Column(name = "time_zone")
    public String timeZone;
    public int capacity;
    public boolean active;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<MentorProfile> findByAccount(String accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    void apply(MentorProfileRequest input, Instant now) {
        displayName = input.displayName().trim();
        bio = input.bio();
        tags = input.normalisedTags();
        sectors = input.normalisedSectors();
        languages = input.normalisedLanguages();
        countries = input.normalisedCountries();
        timeZone = input.validTimeZone();
        capacity = input.capacity();
        active = input.active() == null || input.active();
        updatedAt = now;
    }
}
