package org.jointfunding.mentorship.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "SessionRequest")
public record SessionRequest(
        @NotNull @Schema(examples = "2026-11-20", description = "When it was held; not in the future") LocalDate heldOn,
        @NotNull @Min(1) @Max(1440) @Schema(examples = "60") Integer durationMinutes,
        @Size(max = 4000) @Schema(examples = "Reviewed the pitch deck") String notes) {
}
