package org.jointfunding.funding.reviews;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The bodies reviewers and agency admins send. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    @Schema(description = "Assign a REVIEWER account of a co-funding agency to an application under review")
    public record Assignment(
            @NotNull UUID applicationId,
            @Schema(description = "The reviewer's account id (token subject)", examples = "6f1c2a54-0d1e-4c55-9b7a-2f0b8f6c1d2e")
            @NotBlank @Size(max = 200) String reviewerId,
            @Schema(description = "The co-funding agency the reviewer works for", examples = "MY-MIDA")
            @NotBlank @Size(max = 32) String reviewerAgency) {
    }

    @Schema(description = "A conflict of interest; it releases the assignment")
    public record Conflict(@Schema(examples = "I advised the lead partner last year") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "One score per criterion of the call, each with a comment")
    public record Scores(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid CriterionScore> scores) {
    }

    public record CriterionScore(
            @Schema(examples = "Innovation") @NotBlank @Size(max = 100) String criterion,
            @Schema(examples = "8") @NotNull Integer score,
            @Schema(examples = "Novel pricing of carbon per transaction") @NotBlank @Size(max = 5000) String comment) {
    }
}
