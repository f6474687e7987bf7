package org.jointfunding.funding.attachments;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "An attached document's metadata; its content is at /api/funding/attachments/{id}/content")
public record AttachmentView(UUID id, UUID applicationId, @Schema(examples = "proposal.pdf") String fileName,
                             @Schema(examples = "application/pdf") String contentType, @Schema(examples = "182044") long sizeBytes,
                             @Schema(description = "The uploader's account; absent for a reviewer of a blind call") String uploadedBy,
                             Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return of(a, false);
    }

    /** {@code blind}: for a reviewer of a blind call, who uploaded it stays unsaid. */
    static AttachmentView of(Attachment a, boolean blind) {
        return new AttachmentView(a.id, a.applicationId, a.fileName, a.contentType, a.sizeBytes, blind ? null : a.uploadedBy, a.uploadedAt);
    }
}
