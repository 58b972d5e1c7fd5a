package org.budayang.driver.idcard;

import java.util.List;

/**
 * Masks a citizen's name for screens and receipts: the first and the last character stay, each
 * character between them becomes {@code *}; a two-character name keeps its first ({@code 张*}), a
 * one-character name is masked whole. A compound surname (欧阳, 司马, …) counts as the first
 * "character", so 欧阳小明 shows as {@code 欧阳*明} and 欧阳明 as {@code 欧阳*}.
 */
public final class NameMask {
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "夏侯", "长孙", "宇文", "司徒", "令狐", "端木", "轩辕", "澹台", "西门", "南宫",
            "独孤", "呼延", "闻人", "万俟", "申屠", "太史", "钟离", "赫连", "濮阳", "淳于", "单于");

    private NameMask() {
    }

    public static String mask(String name) {
        if (name == null) {
            return "null";
        }
        int[] chars = name.codePoints().toArray();
        int head = 1;
        for (String surname : COMPOUND_SURNAMES) {
            if (name.startsWith(surname) && chars.length > 2) {
                head = 2;
                break;
            }
        }
        if (chars.length <= 1) {
            return "*".repeat(chars.length);
        }
        StringBuilder masked = new StringBuilder();
        masked.appendCodePoint(chars[0]);
        if (head == 2) {
            masked.appendCodePoint(chars[1]);
        }
        int remaining = chars.length - head;
        if (remaining == 1) {
            return masked.append('*').toString();
        }
        masked.append("*".repeat(remaining - 1));
        return masked.appendCodePoint(chars[chars.length - 1]).toString();
    }
}
