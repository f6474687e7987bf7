package org.jointfunding.mentorship.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified access token: account id ({@code sub}), roles, agency. */
@RequestScoped
public class Caller {

    public static final String ADMIN = "ADMIN";
    public static final String AGENCY_ADMIN = "AGENCY_ADMIN";
    public static final String STARTUP = "STARTUP";
    public static final String MENTOR = "MENTOR";

    @Inject
    JsonWebToken token;

    public String id() {
        return token.getSubject();
    }

    public boolean is(String role) {
        return token.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return is(ADMIN);
    }

    /** The agency an AGENCY_ADMIN works for, or null. */
    public String agency() {
        Object agency = token.getClaim("agency");
        return agency == null ? null : agency.toString();
    }

    public String name() {
        Object name = token.getClaim("name");
        return name == null ? null : name.toString();
    }
}
