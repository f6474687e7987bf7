package org.jointfunding.kit;

import jakarta.ws.rs.core.EntityTag;

/** Strong ETags carry the entity's version; edits must name the version they were based on. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** 428 without If-Match, 412 when it names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(new Problem("precondition-required", "Precondition required", 428,
                    "Send If-Match with the ETag you read, so that no one else's change is overwritten", null));
        }
        String expected = of(currentVersion);
        String given = ifMatch.trim();
        if (given.startsWith("W/")) {
            given = given.substring(2);
        }
        if (!given.equals(expected) && !given.equals("*")) {
            throw ApiProblem.preconditionFailed("The resource changed since you read it (now at version "
                    + currentVersion + "); read it again and retry").with("currentVersion", currentVersion);
        }
    }
}
