package org.jointfunding.funding.attachments;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "What an upload must be, so that a client can check a file before sending it")
public record AttachmentRules(
        @Schema(description = "The largest accepted upload, in bytes", examples = "5242880") long maxSizeBytes,
        @Schema(description = "Accepted types, as detected from the content (not from the name)", examples = "[\"application/pdf\", \"image/png\"]")
        List<String> allowedTypes,
        @Schema(description = "How many documents one application may carry", examples = "20") int maxPerApplication,
        @Schema(description = "How many bytes all of one application's documents may take together", examples = "26214400") long maxTotalBytes) {
}
