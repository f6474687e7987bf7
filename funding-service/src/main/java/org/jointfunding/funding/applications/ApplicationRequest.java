package org.jointfunding.funding.applications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(description = "A draft application; callId is required on create and ignored on edit")
public record ApplicationRequest(
        UUID callId,
        @Schema(examples = "GreenPay: carbon-aware payments") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "A payment rail that prices the carbon cost of each transaction.") @NotBlank @Size(max = 20000) String summary,
        @NotNull @Size(max = 20) List<@NotNull @Valid PartnerRequest> partners,
        @Schema(description = "Amount asked of each agency (by code), in that agency's currency",
                examples = "{\"MY-MIDA\": 200000.00, \"IR-ISTT\": 5000000000.00}")
        @NotNull @Size(max = 10) Map<@NotBlank @Size(max = 32) String,
                @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal> requestedAmounts,
        @Schema(examples = "{\"impact\": \"Cuts 20% of payment emissions\"}")
        @Size(max = 50) Map<@NotBlank @Size(max = 200) String, @NotNull @Size(max = 20000) String> answers,
        @Schema(description = "One of the call's sectors", examples = "fintech")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a lower-case slug") String sector,
        @Schema(description = "What the team wants from a mentor if awarded", examples = "[\"payments\", \"fundraising\"]")
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}", message = "must be a tag such as fundraising") String> mentoringNeeds,
        @Schema(description = "The languages the team works in, ISO 639 codes", examples = "[\"en\", \"ms\"]")
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 639 language code") String> languages) {

    @Schema(description = "A consortium partner")
    public record PartnerRequest(
            @Schema(examples = "GreenPay Sdn Bhd") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "MY") @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
            @Schema(examples = "lead") @NotBlank @Size(max = 100) String role) {
    }
}
