package org.jointfunding.notification.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.notification.notices.Kind;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Schema(description = "One notification in the caller's feed")
public record NotificationView(
        UUID id,
        @Schema(examples = "APPLICATION_AWARDED") Kind kind,
        @Schema(description = "What it says, in the caller's language (notification preferences)",
                examples = "“GreenPay” was awarded by every co-funding agency.") String text,
        @Schema(description = "The parameters of the message, for a client that words it itself") Map<String, String> params,
        @Schema(description = "A path of the web client that opens what it is about", examples = "/applications/3f2a…") String link,
        Instant createdAt,
        @Schema(description = "When it was read; null while unread") Instant readAt) {
}
