package org.jointfunding.funding.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@Schema(description = "An application to a joint call")
public record ApplicationView(
        UUID id,
        UUID callId,
        @Schema(examples = "Malaysia-Iran Green Fintech 2027") String callTitle,
        @Schema(description = "When the call stops accepting submissions") Instant callClosesAt,
        @Schema(description = "The owning startup's account id") String ownerId,
        @Schema(examples = "GreenPay: carbon-aware payments") String title,
        String summary,
        @Schema(description = "One of the call's sectors", examples = "fintech") String sector,
        @Schema(description = "What the team wants from a mentor if awarded", examples = "[\"fundraising\", \"payments\"]") List<String> mentoringNeeds,
        @Schema(description = "The languages the team works in", examples = "[\"en\", \"ms\"]") List<String> languages,
        @Schema(examples = "SUBMITTED") ApplicationStatus status,
        List<PartnerView> partners,
        Map<String, BigDecimal> requestedAmounts,
        Map<String, String> answers,
        List<String> collaborators,
        Instant createdAt,
        Instant submittedAt,
        @Schema(examples = "0") long version) {

    public record PartnerView(String name, String country, String role) {
    }

    public static ApplicationView of(Application a) {
        return new ApplicationView(a.id, a.call.id, a.call.title, a.call.closesAt, a.ownerId, a.title, a.summary, a.sector,
                List.copyOf(a.mentoringNeeds), List.copyOf(a.languages), a.status,
                a.partners.stream().map(p -> new PartnerView(p.name, p.country, p.role)).toList(),
                new TreeMap<>(a.requestedAmounts), new TreeMap<>(a.answers),
                a.collaborators.stream().sorted().toList(), a.createdAt, a.submittedAt, a.version);
    }
}
