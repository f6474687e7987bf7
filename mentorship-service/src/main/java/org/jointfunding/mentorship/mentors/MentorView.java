package org.jointfunding.mentorship.mentors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A mentor profile as the API shows it, with its current load and its mentees' average rating. */
@Schema(name = "Mentor")
public record MentorView(
        UUID id,
        @Schema(description = "The mentor's account id (token sub)") String accountId,
        @Schema(examples = "Dr. Aisha Rahman") String displayName,
        String bio,
        @Schema(examples = "[\"fundraising\", \"payments\"]") List<String> tags,
        @Schema(examples = "[\"fintech\"]") List<String> sectors,
        @Schema(examples = "[\"en\", \"ms\"]") List<String> languages,
        @Schema(examples = "[\"MY\", \"SG\"]") List<String> countries,
        @Schema(examples = "Asia/Kuala_Lumpur") String timeZone,
        @Schema(examples = "3") int capacity,
        @Schema(examples = "1", description = "Proposed and accepted matches counting against capacity") long load,
        boolean active,
        @Schema(examples = "4.5", description = "Average of the ratings its mentees gave; null before any") Double averageRating,
        @Schema(examples = "2") long ratingCount,
        @Schema(examples = "0") long version) {

    static MentorView of(MentorProfile mentor, long load, Double averageRating, long ratingCount) {
        return new MentorView(mentor.id, mentor.accountId, mentor.displayName, mentor.bio, mentor.tags,
                mentor.sectors, mentor.languages, mentor.countries, mentor.timeZone, mentor.capacity, load,
                mentor.active, averageRating, ratingCount, mentor.version);
    }
}
