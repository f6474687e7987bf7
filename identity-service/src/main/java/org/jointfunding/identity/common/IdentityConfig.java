package org.jointfunding.identity.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Everything identity-service can be told; docs/identity.md lists each property and its variable. */
@ConfigMapping(prefix = "portal")
public interface IdentityConfig {

    /** Public issuer URL (the gateway's address of this service); {@code iss} of every token. */
    @WithDefault("http://localhost:8080/api/identity")
    String issuer();

    /** {@code aud} of every access token. */
    @WithDefault("joint-funding-portal")
    String audience();

    @WithDefault("PT15M")
    Duration accessTokenTtl();

    @WithDefault("P14D")
    Duration refreshTokenTtl();

    /** How long a password-reset code an ADMIN issues stays usable. */
    @WithDefault("P1D")
    Duration passwordResetTtl();

    Lockout lockout();

    Idempotency idempotency();

    Keys keys();

    Argon2 argon2();

    BootstrapAdmin bootstrapAdmin();

    Events events();

    /** The secret the other services present to /internal/** (X-Service-Credential). */
    interface Events {
        String credential();
    }

    interface Lockout {
        /** Consecutive failed logins that lock an account. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration duration();
    }

    interface Idempotency {
        /** How long an {@code Idempotency-Key} replays its first create; after that the key starts afresh. */
        @WithDefault("P1D")
        Duration retention();
    }

    interface Keys {
        /** Encrypts the private signing keys at rest; required outside dev and test. */
        Optional<String> encryptionSecret();
    }

    /** Argon2id cost, for passwords and API client secrets (OWASP's minimum by default). */
    interface Argon2 {
        @WithDefault("19456")
        int memoryKib();

        @WithDefault("2")
        int iterations();

        @WithDefault("1")
        int parallelism();

        /**
         * Hashes computed at once (each takes a core and memory-kib); by default one per core. Sign-ins
         * beyond that wait at most {@link #queueTimeout()}, then get a fast 503 instead of piling up.
         */
        OptionalInt maxConcurrent();

        @WithDefault("2s")
        Duration queueTimeout();
    }

    /** The first ADMIN, created on a start that finds no ADMIN at all. */
    interface BootstrapAdmin {
        Optional<String> email();

        Optional<String> password();

        @WithDefault("Platform administrator")
        String displayName();

        @WithDefault("MY")
        String country();
    }
}
