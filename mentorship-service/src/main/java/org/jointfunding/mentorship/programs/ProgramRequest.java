package org.jointfunding.mentorship.programs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ProgramRequest")
public record ProgramRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "MY-IR Fintech Accelerator 2027") String title,
        @Size(max = 4000) String description,
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") @Schema(examples = "MY-MIDA",
                description = "Running agency; an AGENCY_ADMIN's own agency is used whatever is sent") String agency,
        @NotNull @Size(max = 20) @Schema(examples = "[\"fintech\"]")
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}") String> sectors,
        @NotNull @Size(max = 10) @Schema(examples = "[\"en\"]")
        List<@NotNull @Pattern(regexp = "[A-Za-z]{2,3}") String> languages,
        @NotNull @Schema(examples = "2027-01-01T00:00:00Z") Instant intakeOpens,
        @NotNull @Schema(examples = "2027-02-01T00:00:00Z") Instant intakeCloses,
        @NotNull @Min(1) @Max(10000) @Schema(examples = "20") Integer cohortSize,
        @NotNull @Min(1) @Max(260) @Schema(examples = "12") Integer durationWeeks) {
}
