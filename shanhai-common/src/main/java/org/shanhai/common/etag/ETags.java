package org.shanhai.common.etag;

import org.shanhai.common.problem.Text;
import jakarta.ws.rs.core.EntityTag;
import org.shanhai.common.problem.Problems;

/**
 * Optimistic locking over HTTP: the ETag is the entity's {@code @Version}; a write that sends
 * {@code If-Match} is refused with 412 when it no longer names the current version.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 412 unless {@code ifMatch} is absent, {@code *}, or lists the current version. */
    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals(current)) {
                return;
            }
        }
        throw Problems.preconditionFailed(Text.of("If-Match " + ifMatch + " does not match the current version \""
                + current + "\"; read it again and retry",
                "If-Match " + ifMatch + " 与当前版本 \"" + current + "\" 不符；请重新读取后再试"));
    }
}
