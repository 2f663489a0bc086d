package cn.gonghui.platform.http;

import cn.gonghui.platform.error.ApiProblem;
import jakarta.ws.rs.core.EntityTag;

/**
 * ETags from the version column of a mutable resource, and the If-Match rule of every officer
 * action: the client proves it saw the current version, or the change is refused. Tags are
 * strong because If-Match compares strongly (RFC 9110).
 */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The tag as the ETag header carries it: {@code "3"}. */
    public static String headerValue(EntityTag tag) {
        return (tag.isWeak() ? "W/" : "") + '"' + tag.getValue() + '"';
    }

    /**
     * Passes when {@code ifMatch} names the current version (or is {@code *}); a missing header
     * is 428 and a stale one 412, whose problem carries the current ETag.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "IF_MATCH_REQUIRED");
        }
        String current = headerValue(tagOf(currentVersion));
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ApiProblem(412, "VERSION_MISMATCH").withHeader("ETag", current);
    }
}
