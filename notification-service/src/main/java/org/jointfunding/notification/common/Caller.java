package org.jointfunding.notification.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified access token. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    /** The account subject: whose feed and preferences. */
    public String id() {
        return token.getSubject();
    }
}
