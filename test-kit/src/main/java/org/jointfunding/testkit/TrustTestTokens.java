package org.jointfunding.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

/**
 * Makes the service under test verify tokens against the {@link TestTokens} key, published as a
 * JWKS file, exactly as it verifies identity-service's JWKS in production (same properties).
 */
public class TrustTestTokens implements QuarkusTestResourceLifecycleManager {

    private Path jwks;

    @Override
    public Map<String, String> start() {
        RSAPublicKey key = (RSAPublicKey) TestTokens.KEYS.getPublic();
        String json = """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                .formatted(TestTokens.KEY_ID, base64Url(key.getModulus().toByteArray()),
                        base64Url(key.getPublicExponent().toByteArray()));
        try {
            jwks = Files.createTempFile("test-jwks", ".json");
            Files.writeString(jwks, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "mp.jwt.verify.publickey.location", jwks.toUri().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.audiences", TestTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        if (jwks == null) {
            return; // stopped because another resource failed before this one started
        }
        try {
            Files.deleteIfExists(jwks);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    private static String base64Url(byte[] bigEndian) {
        int start = bigEndian.length > 1 && bigEndian[0] == 0 ? 1 : 0; // drop the sign byte
        byte[] unsigned = java.util.Arrays.copyOfRange(bigEndian, start, bigEndian.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }
}
