package org.jointfunding.mentorship.programs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Program")
public record ProgramView(
        UUID id,
        @Schema(examples = "MY-IR Fintech Accelerator 2027") String title,
        String description,
        @Schema(examples = "MY-MIDA") String agency,
        @Schema(examples = "[\"fintech\"]") List<String> sectors,
        @Schema(examples = "[\"en\"]") List<String> languages,
        Instant intakeOpens,
        Instant intakeCloses,
        @Schema(examples = "20") int cohortSize,
        @Schema(examples = "12") int durationWeeks,
        @Schema(examples = "3", description = "Startups that applied and did not cancel") long applicants,
        @Schema(examples = "5", description = "Mentors that opted in") long mentors,
        long version) {

    static ProgramView of(Program p, long applicants, long mentors) {
        return new ProgramView(p.id, p.title, p.description, p.agency, p.sectors, p.languages, p.intakeOpens,
                p.intakeCloses, p.cohortSize, p.durationWeeks, applicants, mentors, p.version);
    }
}
