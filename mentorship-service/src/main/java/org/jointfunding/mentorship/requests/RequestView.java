package org.jointfunding.mentorship.requests;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "MentoringRequest")
public record RequestView(
        UUID id,
        @Schema(description = "Account id of the startup") String startupId,
        @Schema(description = "The startup's name, for requests created from an award", examples = "GreenPay Sdn Bhd") String startupName,
        UUID programId,
        @Schema(examples = "STARTUP") RequestSource source,
        @Schema(description = "The awarded application, for requests created from an award") UUID applicationId,
        @Schema(examples = "[\"fundraising\", \"payments\"]") List<String> needs,
        @Schema(examples = "fintech") String sector,
        @Schema(examples = "[\"en\", \"ms\"]") List<String> languages,
        @Schema(examples = "MY") String country,
        @Schema(examples = "Asia/Kuala_Lumpur") String timeZone,
        String description,
        @Schema(examples = "OPEN") RequestStatus status,
        Instant createdAt,
        long version) {

    public static RequestView of(MentoringRequest r) {
        return new RequestView(r.id, r.startupId, r.startupName, r.programId, r.source, r.applicationId, r.needs, r.sector,
                r.languages, r.country, r.timeZone, r.description, r.status, r.createdAt, r.version);
    }
}
