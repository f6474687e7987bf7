package org.jointfunding.funding.calls;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(description = "A joint call to create, or the full new content of a DRAFT call")
public record CallRequest(
        @Schema(examples = "Malaysia-Iran Green Fintech 2027") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "Joint R&D projects in green fintech between Malaysian and Iranian startups.")
        @NotBlank @Size(max = 20000) String description,
        @Schema(examples = "[\"fintech\",\"cleantech\"]")
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a lower-case slug") String> sectors,
        @Schema(examples = "2027-01-15T00:00:00Z") @NotNull Instant opensAt,
        @Schema(examples = "2027-03-31T23:59:59Z") @NotNull Instant closesAt,
        @NotNull @Size(max = 10) List<@NotNull @Valid FunderRequest> funders,
        @NotNull @Valid EligibilityRequest eligibility,
        @NotNull @Size(max = 20) List<@NotNull @Valid CriterionRequest> criteria,
        @Schema(description = "Reviewers do not see who applied") boolean blindReview) {

    @Schema(description = "An agency's share: budget in the agency's currency, optional cap per application")
    public record FunderRequest(
            @Schema(examples = "MY-MIDA") @NotBlank @Size(max = 32) String agency,
            @Schema(examples = "1000000.00") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal budget,
            @Schema(examples = "250000.00") @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal maxRequest) {
    }

    @Schema(description = "Who may apply: countries the consortium must cover and how many partners it has")
    public record EligibilityRequest(
            @Schema(examples = "[\"MY\",\"IR\"]")
            @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String> requiredCountries,
            @Schema(examples = "2") @NotNull @Min(1) @Max(50) Integer minPartners,
            @Schema(examples = "6") @NotNull @Min(1) @Max(50) Integer maxPartners) {
    }

    @Schema(description = "An evaluation criterion; a score below threshold disqualifies")
    public record CriterionRequest(
            @Schema(examples = "Innovation") @NotBlank @Size(max = 100) String name,
            @Schema(examples = "2") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 2) BigDecimal weight,
            @Schema(examples = "10") @NotNull @Min(1) @Max(100) Integer maxScore,
            @Schema(examples = "4") @NotNull @Min(0) @Max(100) Integer threshold) {
    }
}
