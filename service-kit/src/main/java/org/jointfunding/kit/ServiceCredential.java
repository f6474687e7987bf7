package org.jointfunding.kit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The shared secret services present to each other's {@code /internal/**} endpoints
 * ({@code X-Service-Credential}), compared in constant time.
 */
public final class ServiceCredential {

    public static final String HEADER = "X-Service-Credential";

    private ServiceCredential() {
    }

    /** A 401 problem unless {@code presented} is the expected credential. */
    public static void require(String expected, String presented) {
        byte[] want = expected.getBytes(StandardCharsets.UTF_8);
        byte[] got = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(want, got)) {
            throw ApiProblem.unauthorized("Missing or wrong " + HEADER);
        }
    }
}
