package org.jointfunding.kit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;
import java.util.Optional;

/** Who is calling, read from the verified access token: subject, roles and agency; one per request, in every service. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    /** The account (or API client) subject; null when the call is anonymous. */
    public String id() {
        return token.getSubject();
    }

    public boolean isAnonymous() {
        return token.getSubject() == null;
    }

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    /** The agency code from the {@code agency} claim (REVIEWER, AGENCY_ADMIN, agency-bound API clients). */
    public Optional<String> agency() {
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
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }

    /** True when the caller is an AGENCY_ADMIN of exactly this agency. */
    public boolean administers(String agencyCode) {
        return is(Roles.AGENCY_ADMIN) && agency().map(agencyCode::equals).orElse(false);
    }
}
