package org.jointfunding.identity.discovery;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A relying party that knows only the issuer URL verifies our tokens with nimbus-jose-jwt, a library
 * other than the one that signed them. The issuer is the public (gateway) URL while the test server
 * listens on a random port, so the test maps each discovered URL's path onto the test server.
 */
@QuarkusTest
class DiscoveryTest {

    static final String ISSUER = "http://localhost:8080/api/identity";

    @Test
    void aStandardLibraryVerifiesOurTokensFromTheDiscoveryDocumentAlone() throws Exception {
        JsonPath discovery = given().get(URI.create(ISSUER).getPath() + "/.well-known/openid-configuration")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(ISSUER, discovery.getString("issuer"));
        assertEquals(ISSUER + "/token", discovery.getString("token_endpoint"));
        assertTrue(discovery.getList("id_token_signing_alg_values_supported").contains("RS256"));
        assertTrue(discovery.getList("grant_types_supported").containsAll(List.of("client_credentials", "refresh_token")));

        String jwks = given().get(URI.create(discovery.getString("jwks_uri")).getPath()).then().statusCode(200).extract().asString();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                JWSAlgorithm.parse(discovery.getList("id_token_signing_alg_values_supported", String.class).get(0)),
                new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>("joint-funding-portal",
                new JWTClaimsSet.Builder().issuer(discovery.getString("issuer")).build(),
                Set.of("sub", "exp", "iat", "jti", "groups", "email")));

        Portal.Account mentor = Portal.registered("MENTOR");
        JWTClaimsSet claims = processor.process(mentor.login(), null);
        assertEquals(mentor.id(), claims.getSubject());
        assertEquals(List.of("MENTOR"), claims.getStringListClaim("groups"));
        assertEquals(mentor.email(), claims.getStringClaim("email"));

        // and the same library refuses a token whose payload was changed
        String token = mentor.login();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThrows(Exception.class, () -> processor.process(forged, null));
        assertThrows(BadJWTException.class, () -> new DefaultJWTClaimsVerifier<SecurityContext>("another-audience", null, null)
                .verify(processor.process(token, null), null));
    }
}
