package org.jointfunding.notification.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** portal.mail.*: whether e-mails go out (an SMTP server is configured) and how failures are retried. */
@ConfigMapping(prefix = "portal.mail")
public interface MailConfig {

    /** Off by default: notifications still reach the feed, and e-mails wait until this is switched on. */
    @WithDefault("false")
    boolean enabled();

    @WithDefault("10s")
    Duration pollInterval();

    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** After this many failed attempts an e-mail is dead-lettered. */
    @WithDefault("10")
    int maxAttempts();

    @WithDefault("25")
    int batchSize();
}
