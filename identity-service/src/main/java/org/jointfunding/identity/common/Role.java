package org.jointfunding.identity.common;

import java.util.EnumSet;
import java.util.Set;

/** The portal's roles, as they appear in the {@code groups} claim. */
public enum Role {
    STARTUP, MENTOR, REVIEWER, AGENCY_ADMIN, ADMIN;

    /** Roles anybody may take when registering; every other role is granted by an ADMIN. */
    public static final Set<Role> SELF_SERVICE = EnumSet.of(STARTUP, MENTOR);

    /** Roles that act for one agency, so they need an agency code. */
    public static final Set<Role> AGENCY_BOUND = EnumSet.of(REVIEWER, AGENCY_ADMIN);
}
