package org.jointfunding.funding.attachments;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

@ConfigMapping(prefix = "portal.attachments")
public interface AttachmentConfig {

    /** The largest accepted upload. */
    @WithDefault("5M")
    MemorySize maxSize();

    /** How long one upload may take from its first byte to its last; a slower one is refused with 408. */
    @WithDefault("PT2M")
    Duration maxUploadTime();

    /** How many documents one application may carry. */
    @WithDefault("20")
    int maxPerApplication();

    /** How many bytes all of one application's documents may take together. */
    @WithDefault("25M")
    MemorySize maxTotalSize();

    /** Types accepted, as detected from the content. */
    @WithDefault("application/pdf,image/png,image/jpeg,text/plain,application/x-tika-ooxml,application/x-tika-msoffice,application/zip")
    Set<String> allowedTypes();
}
