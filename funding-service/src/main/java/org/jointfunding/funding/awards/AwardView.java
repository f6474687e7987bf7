package org.jointfunding.funding.awards;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.funding.applications.ApplicationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "Where an application's award stands: each co-funding agency's decision on its share")
public record AwardView(UUID applicationId, @Schema(examples = "UNDER_REVIEW") ApplicationStatus status, List<Share> shares) {

    @Schema(description = "One agency's share; decision is PENDING until its administrator approves or refuses")
    public record Share(@Schema(examples = "MY-MIDA") String agency, @Schema(examples = "200000.00") BigDecimal amount,
                        @Schema(examples = "MYR") String currency, @Schema(examples = "APPROVED") String decision,
                        String decidedBy, Instant decidedAt, String reason) {
    }
}
