package org.budayang.central.catalog;

/**
 * A strong entity tag and the {@code If-None-Match} comparison of RFC 9110 §13.1.2: a list of
 * tags or {@code *}, compared weakly (a {@code W/} prefix is ignored).
 */
record EntityTag(String opaque) {
    EntityTag {
        if (opaque == null || opaque.isEmpty() || !opaque.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x7E))) {
            throw new IllegalArgumentException("EntityTag: '" + opaque + "' is empty or has characters an ETag may not carry");
        }
    }

    /** The header value, quoted. */
    String header() {
        return "\"" + opaque + "\"";
    }

    /** Whether an {@code If-None-Match} header value names this tag (so the answer is 304). */
    boolean matchedBy(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(header())) {
                return true;
            }
        }
        return false;
    }
}
