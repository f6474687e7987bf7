package org.jointfunding.kit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is calling, read from the verified access token: subject, roles and agency; one per request, in every service.
 * A request without an {@code Authorization} header is anonymous without asking Quarkus for the identity: with
 * lazy authentication that would run the authentication chain (and a blocking wait for its result) only to
 * learn that no bearer token came (docs/PERFORMANCE.md, "Anonymous callers and open calls' query parameters").
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @Inject
    CurrentVertxRequest request;

    private Boolean bearerless;

    /** The account (or API client) subject; null when the call is anonymous. */
    public String id() {
        return bearerless() ? null : token.getSubject();
    }

    public boolean isAnonymous() {
        return id() == null;
    }

    public boolean is(String role) {
        if (bearerless()) {
            return false;
        }
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    /** The agency code from the {@code agency} claim (REVIEWER, AGENCY_ADMIN, agency-bound API clients). */
    public Optional<String> agency() {
        if (bearerless()) {
            return Optional.empty();
        }
        Object claim = token.getClaim("agency");
        if (claim instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.ofNullable(claim).map(Object::toString).filter(s -> !s.isBlank());
    }

    /** The signed-in person's e-mail address, lower-cased; empty for API clients. */
    public Optional<String> email() {
        return text("email").map(email -> email.strip().toLowerCase(Locale.ROOT));
    }

    /** The sign-in session the token belongs to (identity's {@code sid} claim); empty for API clients. */
    public Optional<String> sessionId() {
        return text("sid");
    }

    /** The signed-in person's display name (the {@code name} claim), if the token carries one. */
    public Optional<String> name() {
        return text("name");
    }

    private Optional<String> text(String claim) {
        if (bearerless()) {
            return Optional.empty();
        }
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }

    /** True when the caller is an AGENCY_ADMIN of exactly this agency. */
    public boolean administers(String agencyCode) {
        return is(Roles.AGENCY_ADMIN) && agency().map(agencyCode::equals).orElse(false);
    }

    /**
     * True for an HTTP request that carries no Authorization header: the services authenticate bearer tokens
     * from that header only, so such a request is anonymous. Outside an HTTP request (jobs, event handlers)
     * the token decides, as before.
     */
    private boolean bearerless() {
        if (bearerless == null) {
            RoutingContext current = request.getCurrent();
            bearerless = current != null && current.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        }
        return bearerless;
    }
}
