package org.jointfunding.kit.tokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * portal.token-cache.*: access tokens already verified are recognised by their raw text and skip
 * the RS256 check for a while ({@link VerifiedTokens}). An entry is served only before the token's
 * {@code exp}, within {@code max-age} of its verification, and while the key that verified it is
 * still published (a key identity revokes is refused here as soon as it would be without the cache).
 */
@ConfigMapping(prefix = "portal.token-cache")
public interface TokenCacheConfig {

    /** Off: every request's token is verified in full (signature, claims), as without the cache. */
    @WithDefault("true")
    boolean enabled();

    /** The longest a verification is reused, whatever the token's own {@code exp} says. */
    @WithDefault("60s")
    Duration maxAge();

    /**
     * Most tokens remembered at once (about 2.5 KB of heap each: the raw token and its claims, so
     * 5 MB by default); past it the least useful are forgotten and verified again when they come back.
     */
    @WithDefault("2000")
    long maxSize();
}
