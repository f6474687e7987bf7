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

    SignIn signIn();

    Keys keys();

    Argon2 argon2();

    BootstrapAdmin bootstrapAdmin();

    Events events();

    /** The secret the other services present to /internal/** (X-Service-Credential). */
    interface Events {
        String credential();
    }

    /**
     * Wrong passwords slow sign-in down for one email from one client address, with delays that
     * double; an account is paused only for addresses it never signed in from.
     */
    interface SignIn {
        /** Wrong passwords for one email from one address before delays start. */
        @WithDefault("3")
        int freeFailures();

        /** The delay after the first failure past the free ones; each further failure doubles it. */
        @WithDefault("PT2S")
        Duration firstDelay();

        /** The longest delay. */
        @WithDefault("PT15M")
        Duration maxDelay();

        /**
         * Wrong passwords for one account from addresses it has not signed in from, before sign-in
         * from such addresses pauses (the account shows LOCKED); delays double from first-delay as above.
         */
        @WithDefault("10")
        int unfamiliarFreeFailures();

        /** A failure older than this no longer counts. */
        @WithDefault("P1D")
        Duration forgetAfter();

        /** How long an address stays familiar after the account last signed in from it. */
        @WithDefault("P90D")
        Duration familiarFor();
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
