package org.budayang.central.console.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The kiosk list's filters, validated (they come from the query string).
 *
 * @param show     which kiosks: all, or by status, or out of paper
 * @param region   a 6- or 12-digit region code; its trailing zero pairs are dropped to match kiosks below it
 * @param idPart   part of the kiosk id, up to 32 characters of letters, digits and '-'
 * @param page     1-based page
 * @param pageSize rows per page, 10..200
 */
public record KioskFilter(Show show, Optional<String> region, Optional<String> idPart, int page, int pageSize) {
    /** The status filter. */
    public enum Show {
        ALL("全部"), ONLINE("在线"), DEGRADED("部分故障"), OFFLINE("离线"), PAPER_OUT("缺纸"), PAPER_LOW("纸将尽"),
        OUT_OF_SERVICE("暂停服务"), DISABLED("已停用");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Show parse(String text) {
            if (text == null || text.isBlank()) {
                return ALL;
            }
            for (Show show : values()) {
                if (show.name().equals(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return show;
                }
            }
            throw new IllegalArgumentException("status '" + text + "' is unknown; accepted: all, online, degraded, "
                    + "offline, paper_out, paper_low, out_of_service, disabled");
        }
    }

    public KioskFilter {
        show = show == null ? Show.ALL : show;
        region = region == null ? Optional.empty() : region.filter(r -> !r.isBlank()).map(String::strip);
        idPart = idPart == null ? Optional.empty() : idPart.filter(r -> !r.isBlank()).map(String::strip);
        if (region.isPresent() && !region.get().matches("[0-9]{6}|[0-9]{12}")) {
            throw new IllegalArgumentException("region '" + region.get() + "' is not a 6- or 12-digit region code");
        }
        if (idPart.isPresent() && !idPart.get().matches("[A-Za-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("kiosk id part '" + idPart.get() + "' may hold only letters, digits "
                    + "and '-', at most 32");
        }
        if (page < 1 || page > 100_000) {
            throw new IllegalArgumentException("page " + page + " is outside 1..100000");
        }
        if (pageSize < 10 || pageSize > 200) {
            throw new IllegalArgumentException("pageSize " + pageSize + " is outside 10..200");
        }
    }

    /** The region's significant digits: 620000 → 62, 620100 → 6201, 620102000000 → 620102, 620102001000 → 620102001. */
    public Optional<String> regionPrefix() {
        return region.map(KioskFilter::prefixOf);
    }

    public static String prefixOf(String code) {
        if (code.length() == 12) {
            if (code.endsWith("000000")) {
                return prefixOf(code.substring(0, 6));
            }
            return code.endsWith("000") ? code.substring(0, 9) : code;
        }
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
