package org.budayang.central.connectors.queries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budayang.api.services.ResultField;
import org.budayang.api.services.ResultSection;
import org.budayang.api.services.ResultTable;
import org.budayang.central.web.ApiException;

/** Formatting and parameter helpers shared by the item queries. */
final class Format {
    private Format() {
    }

    /** 123456 fen → "1,234.56 元". */
    static String yuan(long fen) {
        return String.format("%,.2f 元", BigDecimal.valueOf(fen).movePointLeft(2));
    }

    static String yuan(Long fen) {
        return fen == null ? "—" : yuan(fen.longValue());
    }

    static String date(LocalDate day) {
        return day == null ? "—" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    static String maskedId(String id) {
        return org.budayang.api.identity.IdNumber.mask(id);
    }

    static ResultField field(String label, String value) {
        return new ResultField(label, value == null ? "—" : value);
    }

    static ResultSection fields(String heading, ResultField... fields) {
        return new ResultSection(heading, List.of(fields), null);
    }

    static ResultSection table(String heading, List<String> header, List<List<String>> rows, String whenEmpty) {
        if (rows.isEmpty()) {
            return new ResultSection(heading, List.of(new ResultField("说明", whenEmpty)), null);
        }
        return new ResultSection(heading, List.of(), new ResultTable(header, rows));
    }

    /** An optional year parameter within [min, max], default {@code fallback}. */
    static int year(Map<String, String> params, String name, int min, int max, int fallback) {
        String text = params.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= min && year <= max) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below with the accepted range
        }
        throw invalid(name, text, "a year between " + min + " and " + max, "请选择" + min + "年至" + max + "年之间的年度。");
    }

    /** An optional choice parameter from {@code accepted}, default {@code fallback}; anything else is refused. */
    static String oneOf(Map<String, String> params, String name, List<String> accepted, String fallback) {
        String text = params.get(name);
        if (text == null) {
            return fallback;
        }
        if (!accepted.contains(text)) {
            throw invalid(name, text, "one of " + accepted, "请从以下选项中选择：" + String.join("、", accepted) + "。");
        }
        return text;
    }

    static String required(Map<String, String> params, String name, String citizenMessage) {
        String text = params.get(name);
        if (text == null || text.isBlank()) {
            throw new ApiException(400, "MISSING_PARAMETER", "params." + name + " is required for this item",
                    citizenMessage);
        }
        return text;
    }

    static ApiException invalid(String name, String value, String expected, String citizenMessage) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return new ApiException(400, "INVALID_PARAMETER", "params." + name + " '" + shown + "' is not valid; expected "
                + expected, citizenMessage);
    }
}
