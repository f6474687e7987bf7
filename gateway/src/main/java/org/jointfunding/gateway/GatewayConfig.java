package org.jointfunding.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway is told from outside; defaults make the local suite work. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Services by name; {@code /api/<name>/**} is routed to {@code <url>/api/<name>/**}. */
    Map<String, Upstream> upstreams();

    Proxy proxy();

    Auth auth();

    @WithName("rate-limit")
    RateLimit rateLimit();

    @WithName("security-headers")
    SecurityHeaders securityHeaders();

    OpenApi openapi();

    Health health();

    Operations operations();

    Limits limits();

    interface Upstream {
        /** Base address of the service, e.g. http://127.0.0.1:8082. */
        URI url();
    }

    interface Proxy {
        /** Time allowed to open a connection to a service (or to get one from the pool). */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Longest silence allowed from a service while waiting for (or reading) its response. */
        @WithDefault("30s")
        Duration responseTimeout();

        /** Keep-alive connections per service and per event loop. */
        @WithDefault("64")
        int poolSizePerEventLoop();

        /** Requests allowed to wait for a pooled connection, per service and event loop. */
        @WithDefault("1024")
        int maxWaitQueue();

        /** Pooled connections unused for this long are closed. */
        @WithDefault("60s")
        Duration keepAliveTimeout();
    }

    interface Auth {
        /** Expected {@code iss}; identity's {@code portal.issuer}. */
        String issuer();

        /** Expected {@code aud}. */
        @WithDefault("joint-funding-portal")
        String audience();

        /** Where the signing keys are published; default {@code <identity url>/api/identity/jwks}. */
        Optional<URI> jwksUrl();

        /** How long fetched keys are trusted before they are fetched again: also how long a key identity revoked is still accepted here. */
        @WithDefault("60s")
        Duration jwksCacheTtl();

        /** Smallest interval between two fetches caused by an unknown {@code kid}. */
        @WithDefault("10s")
        Duration jwksMinRefreshInterval();

        /** Routes passed without a token: {@code METHOD /path}, {@code *} matching one segment. */
        List<String> publicRoutes();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Per client address, on routes used without a token. */
        Limit anonymous();

        /** Per client address, on the routes in {@link #credentialRoutes()} (login, registration...). */
        Limit credentials();

        /** Per token subject, on routes called with a valid token. */
        @WithName("signed-in")
        Limit signedIn();

        /** Routes guarded by the stricter {@link #credentials()} limit, same syntax as public routes. */
        List<String> credentialRoutes();

        /** Per client address, on the routes in {@link #tokenRoutes()} (refresh, client credentials). */
        Limit tokens();

        /** Routes with the {@link #tokens()} limit: they take random secrets, not passwords. */
        List<String> tokenRoutes();

        /** Most clients tracked at once in memory (least recently seen are forgotten first); also while Redis is unavailable. */
        @WithDefault("100000")
        long maxTrackedClients();

        /**
         * Where the buckets live: {@code memory}, in this process (right for one replica), or {@code redis},
         * shared by every replica pointed at the same Redis and key prefix.
         */
        @WithDefault("memory")
        Store store();

        /** The Redis of {@code store=redis}. */
        Redis redis();
    }

    enum Store {
        MEMORY, REDIS
    }

    interface Redis {
        /**
         * Lettuce's URI syntax: {@code redis://[:password@]host[:port][/database]}, {@code rediss://} for TLS,
         * {@code redis-sentinel://...} for Sentinel.
         */
        @WithDefault("redis://127.0.0.1:6379")
        String url();

        /** Put before every key, so several suites (or environments) can share one Redis. */
        @WithDefault("portal:gateway:rl:")
        String keyPrefix();

        /** Longest wait to connect and for each answer; past it the request is limited in memory instead. */
        @WithDefault("250ms")
        Duration timeout();

        /** After Redis failed to answer, how long the limits stay in memory before Redis is asked again; also the longest pause between reconnection attempts. */
        @WithDefault("1s")
        Duration retryInterval();
    }

    interface Limit {
        /** Requests allowed per window (also the burst size). */
        long requests();

        /** The window over which {@link #requests()} refill. */
        Duration window();
    }

    interface SecurityHeaders {
        @WithDefault("nosniff")
        String contentTypeOptions();

        @WithDefault("no-referrer")
        String referrerPolicy();

        @WithDefault("DENY")
        String frameOptions();

        @WithDefault("frame-ancestors 'none'")
        String contentSecurityPolicy();

        /**
         * The policy for the web client's pages and files (everything outside /api, /q and /openapi):
         * scripts, styles and connections from this origin only, no inline script or style, no plugins.
         */
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        String webClientContentSecurityPolicy();

        /** Strict-Transport-Security value; set it only where the gateway is reached over HTTPS. */
        Optional<String> strictTransportSecurity();
    }

    interface OpenApi {
        /** How long a complete merged document is served before the services are asked again. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** How long a merged document with a service missing is served before the services are asked again. */
        @WithDefault("10s")
        Duration incompleteCacheTtl();

        @WithDefault("3s")
        Duration fetchTimeout();

        @WithDefault("Joint Funding & Mentorship Portal API")
        String title();
    }

    interface Operations {
        /** Clients (as {@code ClientAddress} resolves them) that may read /q/health and /q/metrics. */
        @WithDefault("127.0.0.1,::1")
        List<String> allowedClients();
    }

    interface Health {
        @WithDefault("2s")
        Duration timeout();

        /** When true (default) the gateway is not ready while any service is not ready. */
        @WithDefault("true")
        boolean requireUpstreams();
    }

    /** What the gateway refuses with a problem document; the HTTP layer's quarkus.http.limits.* stay above as a backstop. */
    interface Limits {
        /** Longest path and query; the services' HTTP layer answers a request line over 4096 bytes with a bare 414. */
        @WithDefault("4000")
        int maxUrlLength();

        /** All headers together, below the services' 20K once the gateway has added its own. */
        @WithDefault("16384")
        int maxHeaderSize();
    }
}
