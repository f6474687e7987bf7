package org.jointfunding.identity.sessions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Session", description = "One sign-in that can still refresh its access token: a login on one device")
public record SessionView(UUID id,
                          @Schema(description = "The last login or refresh") Instant lastActiveAt,
                          @Schema(description = "When it ends unless refreshed") Instant expiresAt,
                          @Schema(description = "The User-Agent of the last login or refresh", examples = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0") String userAgent,
                          @Schema(description = "The session of the access token that asks") boolean current) {
}
