package org.jointfunding.kit.tokens;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** identity's keys fetched from a real HTTP server that answers, fails or hangs as identity might. */
class IdentityKeysTest {

    private enum Identity { ANSWERS, FAILS, HANGS }

    private static final RsaJsonWebKey KEY = key("k1");

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private volatile Identity identity = Identity.ANSWERS;
    private ExecutorService threads;
    private HttpServer server;

    @BeforeEach
    void startIdentity() throws IOException {
        threads = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            try (exchange) {
                switch (identity) {
                    case ANSWERS -> {
                        byte[] body = ("{\"keys\":[" + KEY.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}").getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().set("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                    }
                    case FAILS -> exchange.sendResponseHeaders(503, -1);
                    case HANGS -> pause(Duration.ofSeconds(30));
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stopIdentity() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void theKeysComeFromIdentitysJwksOnce() throws Exception {
        IdentityKeys keys = new IdentityKeys(now::get);
        VerificationKeyResolver resolver = keys.resolver(settings(1, 0));
        assertEquals(KEY.getPublicKey(), resolve(resolver));
        assertSame(resolver, keys.resolver(settings(1, 0)));
        assertEquals(1, fetches.get());
    }

    @Test
    void aHungIdentityIsGivenUpOnAfterOneShortTryNotAfterAMinute() {
        identity = Identity.HANGS;
        IdentityKeys keys = new IdentityKeys(now::get);
        // smallrye's defaults would wait 20 s to read, three times over
        assertTimeoutPreemptively(IdentityKeys.FETCH_TIMEOUT.multipliedBy(5),
                () -> assertThrows(UnresolvableKeyException.class, () -> keys.resolver(settings(1, 0))));
        assertEquals(1, fetches.get());
    }

    @Test
    void afterAFailedFirstFetchTokensAreRefusedAtOnceUntilItIsTimeToAskAgain() throws Exception {
        identity = Identity.FAILS;
        IdentityKeys keys = new IdentityKeys(now::get);
        assertThrows(UnresolvableKeyException.class, () -> keys.resolver(settings(1, 0)));
        assertEquals(1, fetches.get(), "one fetch, not jose4j's four tries");

        identity = Identity.ANSWERS;
        now.addAndGet(IdentityKeys.RETRY_AFTER.minusMillis(1).toNanos());
        assertThrows(UnresolvableKeyException.class, () -> keys.resolver(settings(1, 0)));
        assertEquals(1, fetches.get(), "refused without asking identity again");

        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(KEY.getPublicKey(), resolve(keys.resolver(settings(1, 0))));
        assertEquals(2, fetches.get());
    }

    @Test
    void keysAlreadyFetchedOutliveIdentityGoingAwayWhenTheServiceSaysSo() throws Exception {
        // a refresh interval of 0 asks identity again at every use, as every minute does in production
        VerificationKeyResolver retaining = new IdentityKeys(now::get).resolver(settings(0, 15));
        VerificationKeyResolver strict = new IdentityKeys(now::get).resolver(settings(0, 0));
        int fetched = fetches.get();
        identity = Identity.FAILS;
        pause(Duration.ofMillis(400)); // jose4j does not fetch again within 300 ms of its last fetch
        assertEquals(KEY.getPublicKey(), resolve(retaining));
        assertThrows(UnresolvableKeyException.class, () -> resolve(strict));
        assertTrue(fetches.get() >= fetched + 2, "both asked identity again");
    }

    @Test
    void aBearerTokenThatCannotBeAJwtIsRefusedWithoutAskingIdentityForItsKeys() {
        JWTAuthContextInfo settings = settings(1, 0);
        JwksTokenVerifier verifier = new JwksTokenVerifier(settings, new VerifiedTokensTest.Settings(false, Duration.ZERO, 0), new SimpleMeterRegistry());
        for (String token : List.of("x", "a.b", "not a jwt.at.all", "a.b.c.d")) {
            assertThrows(ParseException.class, () -> verifier.parse(token, settings), token);
        }
        assertEquals(0, fetches.get());
        // a well-formed one does need the keys (and fails on its signature)
        assertThrows(ParseException.class, () -> verifier.parse("eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ4In0.c2ln", settings));
        assertEquals(1, fetches.get());
    }

    private JWTAuthContextInfo settings(int refreshMinutes, int retainMinutes) {
        JWTAuthContextInfo settings = new JWTAuthContextInfo("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks", "issuer");
        settings.setJwksRefreshInterval(refreshMinutes);
        settings.setJwksRetainCacheOnErrorDuration(retainMinutes);
        return settings;
    }

    private static Key resolve(VerificationKeyResolver resolver) throws UnresolvableKeyException {
        JsonWebSignature header = new JsonWebSignature();
        header.setKeyIdHeaderValue(KEY.getKeyId());
        header.setAlgorithmHeaderValue("RS256");
        return resolver.resolveKey(header, List.of());
    }

    private static RsaJsonWebKey key(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
