package org.jointfunding.mentorship.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackRequest")
public record FeedbackRequest(
        @NotNull @Min(1) @Max(5) @Schema(examples = "5") Integer rating,
        @Size(max = 2000) @Schema(examples = "Clear, practical advice every session") String comment) {
}
