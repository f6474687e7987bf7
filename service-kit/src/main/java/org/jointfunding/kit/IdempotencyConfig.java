package org.jointfunding.kit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** portal.idempotency.retention: how long an Idempotency-Key replays its first create ({@code sweep-interval}: see {@link Idempotency}). */
@ConfigMapping(prefix = "portal.idempotency")
public interface IdempotencyConfig {

    /** After this long a key starts afresh. */
    @WithDefault("P1D")
    Duration retention();
}
