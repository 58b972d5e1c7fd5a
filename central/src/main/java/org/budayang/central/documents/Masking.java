package org.budayang.central.documents;

import org.budayang.api.identity.IdNumber;

/** How personal data appears on the public verify page and in the documents table. */
final class Masking {
    private Masking() {
    }

    /**
     * A name with all but its first and last character hidden: 张三 → 张*, 张小三 → 张*三,
     * 欧阳小娜 → 欧**娜; a one-character name becomes *.
     */
    static String name(String name) {
        int[] points = name.strip().codePoints().toArray();
        if (points.length <= 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(points[0]);
        if (points.length == 2) {
            return masked.append('*').toString();
        }
        masked.append("*".repeat(points.length - 2));
        return masked.appendCodePoint(points[points.length - 1]).toString();
    }

    /** {@code 620102********0034}. */
    static String idNumber(String idNumber) {
        return IdNumber.mask(idNumber);
    }
}
