package org.jointfunding.funding.attachments;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Set;

@ConfigMapping(prefix = "portal.attachments")
public interface AttachmentConfig {

    /** The largest accepted upload. */
    @WithDefault("5M")
    MemorySize maxSize();

    /** Types accepted, as detected from the content. */
    @WithDefault("application/pdf,image/png,image/jpeg,text/plain,application/x-tika-ooxml,application/x-tika-msoffice,application/zip")
    Set<String> allowedTypes();
}
