package org.jointfunding.kit.audit;

import java.util.Locale;

/** What an audit entry records; each service lists its actions as an enum implementing this. */
public interface AuditAction {

    String name();

    /** The text a trail stores and filters on: the constant's name in lower case with hyphens (APPROVE_SHARE is approve-share). */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
