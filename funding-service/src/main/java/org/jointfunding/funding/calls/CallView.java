package org.jointfunding.funding.calls;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A joint call")
public record CallView(
        UUID id,
        @Schema(examples = "Malaysia-Iran Green Fintech 2027") String title,
        String description,
        @Schema(examples = "OPEN") CallStatus status,
        @Schema(examples = "[\"cleantech\",\"fintech\"]") List<String> sectors,
        Instant opensAt,
        Instant closesAt,
        List<FunderView> funders,
        EligibilityView eligibility,
        List<CriterionView> criteria,
        boolean blindReview,
        @Schema(description = "The agency that edits the call and runs its lifecycle", examples = "MY-MIDA") String leadAgency,
        @Schema(examples = "0") long version) {

    @Schema(description = """
            An agency's share in the call; committed is what approved awards already take. confirmed: the agency itself \
            set the share for the current terms (a call opens when every share is confirmed); agreedToDecide: the agency \
            agreed that the call is decided (it is DECIDED when every funder has)""")
    public record FunderView(@Schema(examples = "MY-MIDA") String agency, @Schema(examples = "MY") String country,
                             @Schema(examples = "MYR") String currency, @Schema(examples = "1000000.00") BigDecimal budget,
                             @Schema(examples = "250000.00") BigDecimal maxRequest, @Schema(examples = "0.00") BigDecimal committed,
                             @Schema(examples = "true") boolean confirmed, @Schema(examples = "false") boolean agreedToDecide) {
    }

    public record EligibilityView(List<String> requiredCountries, int minPartners, int maxPartners) {
    }

    public record CriterionView(String name, BigDecimal weight, int maxScore, int threshold) {
    }

    public static CallView of(JointCall call) {
        return new CallView(call.id, call.title, call.description, call.status, call.sectors.stream().sorted().toList(),
                call.opensAt, call.closesAt,
                call.funders.stream().map(f -> new FunderView(f.agencyCode, f.agency.country, f.agency.currency,
                        f.budget, f.maxRequest, f.committed, f.confirmed(), f.agreedToDecideAt != null)).toList(),
                new EligibilityView(call.requiredCountries.stream().sorted().toList(), call.minPartners, call.maxPartners),
                call.criteria.stream().map(c -> new CriterionView(c.name, c.weight, c.maxScore, c.threshold)).toList(),
                call.blindReview, call.leadAgency, call.version);
    }
}
