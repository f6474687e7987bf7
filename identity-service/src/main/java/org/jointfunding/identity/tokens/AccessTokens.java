package org.jointfunding.identity.tokens;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.identity.accounts.Account;
import org.jointfunding.identity.clients.ApiClient;
import org.jointfunding.identity.common.IdentityConfig;
import org.jointfunding.identity.common.Role;
import org.jointfunding.identity.keys.SigningKeys;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Signs the portal's access JWTs (RS256, {@code kid} of the current key) with smallrye-jwt-build. */
@ApplicationScoped
public class AccessTokens {

    private final IdentityConfig config;
    private final SigningKeys keys;
    private final Clock clock;

    public AccessTokens(IdentityConfig config, SigningKeys keys, Clock clock) {
        this.config = config;
        this.keys = keys;
        this.clock = clock;
    }

    /** Who a token speaks for. email, name, country and agency may be null (API clients have no email). */
    public record Holder(String subject, String email, String name, String country, Set<Role> roles, String agency) {

        static Holder of(Account account) {
            return new Holder(account.id.toString(), account.email, account.displayName, account.country, account.roles(),
                    account.agencyCode);
        }

        /** An API client's subject is {@code client:<id>}, never an account id. */
        static Holder of(ApiClient client) {
            return new Holder("client:" + client.clientId, null, client.name, null, client.roles(), client.agencyCode);
        }
    }

    /** {@code session}: the refresh-token family the token belongs to ({@code sid}); null for API clients. */
    public String issue(Holder holder, UUID session) {
        Instant now = clock.instant();
        Set<String> groups = new TreeSet<>();
        holder.roles().forEach(r -> groups.add(r.name()));
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(holder.subject())
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenTtl()))
                .claim("jti", UUID.randomUUID().toString())
                .groups(groups);
        optional(claims, "email", holder.email());
        optional(claims, "name", holder.name());
        optional(claims, "country", holder.country());
        optional(claims, "agency", holder.agency());
        optional(claims, "sid", session == null ? null : session.toString());
        SigningKeys.ActiveKey key = keys.signingKey();
        return claims.jws().keyId(key.kid()).algorithm(SignatureAlgorithm.RS256).sign(key.privateKey());
    }

    public long lifetimeSeconds() {
        return config.accessTokenTtl().toSeconds();
    }

    private static void optional(JwtClaimsBuilder claims, String name, String value) {
        if (value != null) {
            claims.claim(name, value);
        }
    }
}
