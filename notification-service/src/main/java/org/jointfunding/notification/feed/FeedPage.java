package org.jointfunding.notification.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A page of the caller's notifications, newest first, and how many are unread in all")
public record FeedPage(List<NotificationView> items, long total, int limit, int offset,
                       @Schema(examples = "3") long unread) {
}
