package org.jointfunding.kit.tokens;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerifiedTokensTest {

    private static final String TOKEN = "header.claims.signature";
    private static final Key KEY = key("the published key");

    private final MovableClock clock = new MovableClock();
    private final Map<String, Key> published = new HashMap<>(Map.of("kid-1", KEY));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CountingVerifier verifier = new CountingVerifier();

    @Test
    void aTokenSeenAgainIsNotVerifiedAgain() throws ParseException {
        VerifiedTokens tokens = tokens(true);
        JWTCallerPrincipal first = tokens.principal(TOKEN, verifier.accepting(expiresIn(600)));
        JWTCallerPrincipal second = tokens.principal(TOKEN, verifier.accepting(expiresIn(600)));

        assertEquals(1, verifier.calls);
        assertSame(first, second);
        assertEquals(1, verified("signature"));
        assertEquals(1, verified("cache"));
    }

    @Test
    void theSameClaimsUnderAnotherSignatureAreVerified() throws ParseException {
        VerifiedTokens tokens = tokens(true);
        tokens.principal(TOKEN, verifier.accepting(expiresIn(600)));

        assertThrows(ParseException.class, () -> tokens.principal("header.claims.forged", verifier.refusing()));
        assertEquals(2, verifier.calls);
    }

    @Test
    void aTokenIsNotServedOnceItsExpHasPassed() throws ParseException {
        VerifiedTokens tokens = tokens(true);
        tokens.principal(TOKEN, verifier.accepting(expiresIn(30)));
        clock.advance(Duration.ofSeconds(29));
        tokens.principal(TOKEN, verifier.refusing());
        assertEquals(1, verifier.calls);

        clock.advance(Duration.ofSeconds(1));
        assertThrows(ParseException.class, () -> tokens.principal(TOKEN, verifier.refusing()));
        assertEquals(2, verifier.calls);
    }

    @Test
    void aVerificationIsReusedForMaxAgeAtMost() throws ParseException {
        VerifiedTokens tokens = tokens(true);
        tokens.principal(TOKEN, verifier.accepting(expiresIn(900)));
        clock.advance(Duration.ofSeconds(59));
        tokens.principal(TOKEN, verifier.refusing());
        clock.advance(Duration.ofSeconds(1));
        tokens.principal(TOKEN, verifier.accepting(expiresIn(840)));
        assertEquals(2, verifier.calls);
    }

    @Test
    void aTokenWhoseKeyLeftTheKeySetIsVerifiedAgain() throws ParseException {
        VerifiedTokens tokens = tokens(true);
        tokens.principal(TOKEN, verifier.accepting(expiresIn(600)));
        published.remove("kid-1");
        assertThrows(ParseException.class, () -> tokens.principal(TOKEN, verifier.refusing()));
        assertEquals(2, verifier.calls);
    }

    @Test
    void aTokenWhoseKidNowNamesAnotherKeyIsVerifiedAgain() throws ParseException {
        VerifiedTokens tokens = tokens(true);
        tokens.principal(TOKEN, verifier.accepting(expiresIn(600)));
        published.put("kid-1", key("a new key under the old kid"));
        assertThrows(ParseException.class, () -> tokens.principal(TOKEN, verifier.refusing()));
        assertEquals(2, verifier.calls);
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        VerifiedTokens tokens = tokens(true);
        assertThrows(ParseException.class, () -> tokens.principal(TOKEN, verifier.refusing()));
        assertThrows(ParseException.class, () -> tokens.principal(TOKEN, verifier.refusing()));
        assertEquals(2, verifier.calls);
        assertEquals(0, verified("signature"));
    }

    @Test
    void aTokenAcceptedWithinTheVerifiersClockSkewIsNotRemembered() throws ParseException {
        VerifiedTokens tokens = tokens(true);
        tokens.principal(TOKEN, verifier.accepting(expiresIn(-10)));
        tokens.principal(TOKEN, verifier.accepting(expiresIn(-10)));
        assertEquals(2, verifier.calls);
    }

    @Test
    void switchedOffEveryRequestIsVerified() throws ParseException {
        VerifiedTokens tokens = tokens(false);
        tokens.principal(TOKEN, verifier.accepting(expiresIn(600)));
        tokens.principal(TOKEN, verifier.accepting(expiresIn(600)));
        assertEquals(2, verifier.calls);
        assertEquals(0, verified("cache"));
    }

    private VerifiedTokens tokens(boolean enabled) {
        return new VerifiedTokens(new Settings(enabled, Duration.ofSeconds(60), 100), clock,
                (kid, algorithm) -> "RS256".equals(algorithm) ? published.get(kid) : null, registry);
    }

    private long expiresIn(long seconds) {
        return clock.instant().getEpochSecond() + seconds;
    }

    private double verified(String by) {
        return registry.get("portal.tokens.verified").tag("by", by).counter().count();
    }

    private static Key key(String material) {
        return new SecretKeySpec(material.getBytes(StandardCharsets.UTF_8), "RSA");
    }

    /** The cache's settings as a test gives them (IdentityKeysTest too). */
    record Settings(boolean enabled, Duration maxAge, long maxSize) implements TokenCacheConfig {
    }

    private static final class CountingVerifier {
        int calls;

        VerifiedTokens.Verifier accepting(long exp) {
            return token -> {
                calls++;
                JwtClaims claims = new JwtClaims();
                claims.setSubject("startup-1");
                claims.setExpirationTime(NumericDate.fromSeconds(exp));
                return new VerifiedTokens.Verified(new DefaultJWTCallerPrincipal(token, "JWT", claims), "kid-1", "RS256", KEY);
            };
        }

        VerifiedTokens.Verifier refusing() {
            return token -> {
                calls++;
                throw new ParseException("refused");
            };
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
