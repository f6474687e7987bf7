package org.jointfunding.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens shaped like identity-service's, signed with a key generated for this test JVM.
 * {@link TrustTestTokens} makes the service under test trust that key, and only that key.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8080/api/identity";
    public static final String AUDIENCE = "joint-funding-portal";
    public static final String KEY_ID = "test-key";

    static final KeyPair KEYS = generate();

    private final String subject;
    private final Set<String> roles = new LinkedHashSet<>();
    private String email;
    private String agency;
    private String country;
    private String displayName;

    private TestTokens(String subject) {
        this.subject = subject;
        this.email = subject + "@test.example";
    }

    /** A token for a new random subject, so tests never share identities. */
    public static TestTokens user(String... roles) {
        return subject(UUID.randomUUID().toString()).roles(roles);
    }

    public static TestTokens subject(String subject) {
        return new TestTokens(subject);
    }

    public TestTokens roles(String... roles) {
        this.roles.addAll(List.of(roles));
        return this;
    }

    public TestTokens email(String email) {
        this.email = email;
        return this;
    }

    public TestTokens agency(String agency) {
        this.agency = agency;
        return this;
    }

    public TestTokens country(String country) {
        this.country = country;
        return this;
    }

    public TestTokens displayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public String subject() {
        return subject;
    }

    public String email() {
        return email;
    }

    /** The signed JWT. */
    public String token() {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(roles).expiresIn(600);
        if (email != null) { // API clients' tokens have none
            claims.upn(email).claim("email", email);
        }
        if (agency != null) {
            claims.claim("agency", agency);
        }
        if (country != null) {
            claims.claim("country", country);
        }
        if (displayName != null) {
            claims.claim("name", displayName);
        }
        return claims.jws().keyId(KEY_ID).sign(KEYS.getPrivate());
    }

    /** The value of an {@code Authorization} header carrying {@link #token()}. */
    public String bearer() {
        return "Bearer " + token();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
