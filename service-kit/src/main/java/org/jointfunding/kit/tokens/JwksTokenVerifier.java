package org.jointfunding.kit.tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

import java.security.Key;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How funding, mentorship and notification verify bearer tokens: exactly smallrye-jwt's own check
 * against identity's JWKS (the {@code mp.jwt.verify.*} and {@code smallrye.jwt.jwks.*} settings, via
 * its {@link DefaultJWTTokenParser}), with the verified tokens remembered in {@link VerifiedTokens}.
 * A remembered token is served only while smallrye's key resolver still gives the key that verified
 * it, so a key that leaves the JWKS is refused at the same moment as without the cache.
 * Replaces smallrye-jwt's default {@link JWTCallerPrincipalFactory}; identity-service, which checks its
 * own keys, outranks it with its own factory.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class JwksTokenVerifier extends JWTCallerPrincipalFactory {

    /** A signed (three parts) or encrypted (five) JWT in compact form: base64url parts joined by dots. */
    private static final Pattern COMPACT_JWT = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*){2}((\\.[A-Za-z0-9_-]*){2})?");

    private final JWTAuthContextInfo settings;
    private final JwksTokenParser parser = new JwksTokenParser(new IdentityKeys(System::nanoTime));
    private final VerifiedTokens tokens;

    public JwksTokenVerifier(JWTAuthContextInfo settings, TokenCacheConfig config, MeterRegistry registry) {
        this.settings = settings;
        // smallrye-jwt checks exp against the system clock, not the services' injectable one
        this.tokens = new VerifiedTokens(config, Clock.systemUTC(),
                (kid, algorithm) -> parser.publishedKey(kid, algorithm, settings), registry);
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        // only the application's own settings are remembered under, and a maximum token age
        // (mp.jwt.verify.token.age) is a deadline the cache does not track
        if (context != settings || context.getTokenAge() != null) {
            return verify(token, context).principal();
        }
        return tokens.principal(token, raw -> verify(raw, context));
    }

    private VerifiedTokens.Verified verify(String token, JWTAuthContextInfo context) throws ParseException {
        if (!COMPACT_JWT.matcher(token).matches()) {
            // refused before anything asks identity for its keys, as a token that cannot be one needs no key
            throw new ParseException("The bearer token is not a JWT");
        }
        JwtContext jwt = parser.parse(token, context);
        List<JsonWebStructure> structures = jwt.getJoseObjects();
        // as smallrye's DefaultJWTCallerPrincipalFactory builds it
        JWTCallerPrincipal principal = new DefaultJWTCallerPrincipal(structures.get(0).getHeader("typ"), jwt.getJwtClaims());
        for (JsonWebStructure structure : structures) {
            if (structure instanceof JsonWebSignature jws) { // jose4j keeps the key the signature was checked with
                return new VerifiedTokens.Verified(principal, jws.getKeyIdHeaderValue(), jws.getAlgorithmHeaderValue(), jws.getKey());
            }
        }
        return new VerifiedTokens.Verified(principal, null, null, null); // not signed (encrypted only): never remembered
    }

    /** smallrye-jwt's parser with identity's keys fetched as {@link IdentityKeys} does, which also says which key they give for a kid now. */
    private static final class JwksTokenParser extends DefaultJWTTokenParser {

        private final IdentityKeys keys;

        JwksTokenParser(IdentityKeys keys) {
            this.keys = keys;
        }

        @Override
        protected VerificationKeyResolver getVerificationKeyResolver(JWTAuthContextInfo context) throws UnresolvableKeyException {
            return IdentityKeys.fetchedOverHttp(context) ? keys.resolver(context) : super.getVerificationKeyResolver(context);
        }

        Key publishedKey(String kid, String algorithm, JWTAuthContextInfo context) {
            if (context.getPublicVerificationKey() != null) {
                return context.getPublicVerificationKey();
            }
            JsonWebSignature header = new JsonWebSignature();
            header.setKeyIdHeaderValue(kid);
            header.setAlgorithmHeaderValue(algorithm);
            try {
                return getVerificationKeyResolver(context).resolveKey(header, List.of());
            } catch (UnresolvableKeyException gone) {
                return null;
            }
        }
    }
}
