package org.jointfunding.kit;

/** The portal's roles, as they appear in the access token's {@code groups} claim. */
public final class Roles {
    public static final String STARTUP = "STARTUP";
    public static final String MENTOR = "MENTOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String AGENCY_ADMIN = "AGENCY_ADMIN";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
