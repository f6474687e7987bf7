package bench.scg;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Spring Cloud Gateway set up like our gateway (gateway/src/main/resources/application.properties),
 * for the benchmark only: the prefix routes are in application.yml; here the edge token check
 * (the same public routes pass without a token, every other /api route needs a valid access token:
 * RS256 against identity's JWKS, iss, aud, exp/nbf, sub, exp and iat present), stateless (no
 * session, no saved request, no CSRF, no login forms), and the same security headers on every
 * response. The request id is {@link RequestIds}.
 */
@SpringBootApplication
public class ScgPeer {

    /** Our gateway's gateway.auth.public-routes. */
    static final List<String> PUBLIC_POSTS = List.of("/api/identity/register", "/api/identity/login",
            "/api/identity/token", "/api/identity/password-reset", "/api/identity/logout");
    static final List<String> PUBLIC_GETS = List.of("/api/identity/jwks", "/api/identity/.well-known/openid-configuration",
            "/api/funding/calls", "/api/funding/calls/*", "/api/funding/agencies");

    public static void main(String[] args) {
        SpringApplication.run(ScgPeer.class, args);
    }

    @Bean
    SecurityWebFilterChain edge(ServerHttpSecurity http) {
        return http
                .authorizeExchange(rules -> rules
                        .pathMatchers(HttpMethod.POST, PUBLIC_POSTS.toArray(String[]::new)).permitAll()
                        .pathMatchers(HttpMethod.GET, PUBLIC_GETS.toArray(String[]::new)).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // our gateway's gateway.security-headers defaults (API routes), nothing more
                .headers(headers -> headers
                        .contentTypeOptions(options -> { })
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
                        .cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable)
                        .xssProtection(ServerHttpSecurity.HeaderSpec.XssProtectionSpec::disable)
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable))
                .build();
    }

    /** Like our gateway's AccessTokenVerifier; the keys are fetched on first use and cached. */
    @Bean
    ReactiveJwtDecoder accessTokens(@Value("${gateway.auth.jwks-url}") String jwks,
                                    @Value("${gateway.auth.issuer}") String issuer,
                                    @Value("${gateway.auth.audience}") String audience) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwks)
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.IAT, Objects::nonNull)));
        return decoder;
    }
}
