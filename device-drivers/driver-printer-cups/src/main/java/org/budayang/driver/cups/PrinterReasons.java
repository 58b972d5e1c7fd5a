package org.budayang.driver.cups;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.budayang.driver.Condition;

/**
 * IPP {@code printer-state-reasons} keywords (RFC 8011 5.4.12, PWG 5100.9) as conditions. A keyword may carry a
 * severity suffix ({@code -error}, {@code -warning}, {@code -report}); the condition is the same for all three.
 */
final class PrinterReasons {
    private static final Set<String> OFFLINE = Set.of("offline", "shutdown", "paused", "stopped-partly",
            "printer-not-responding", "timed-out");

    private PrinterReasons() {
    }

    /** The keyword without its severity suffix, lower case. */
    static String base(String keyword) {
        String lower = keyword.toLowerCase(Locale.ROOT);
        for (String suffix : List.of("-error", "-warning", "-report")) {
            if (lower.endsWith(suffix)) {
                return lower.substring(0, lower.length() - suffix.length());
            }
        }
        return lower;
    }

    /** The condition a keyword means, if it means one. */
    static Optional<Condition> condition(String keyword) {
        return Optional.ofNullable(switch (base(keyword)) {
            case "media-empty", "media-needed", "input-tray-missing" -> Condition.PAPER_OUT;
            case "media-low" -> Condition.PAPER_LOW;
            case "media-jam", "output-area-full" -> Condition.JAM;
            case "door-open", "cover-open", "interlock-open" -> Condition.COVER_OPEN;
            case "toner-empty", "marker-supply-empty", "marker-waste-full" -> Condition.TONER_OUT;
            case "toner-low", "marker-supply-low", "marker-waste-almost-full" -> Condition.TONER_LOW;
            default -> null;
        });
    }

    static Set<Condition> conditions(Collection<String> keywords) {
        EnumSet<Condition> conditions = EnumSet.noneOf(Condition.class);
        for (String keyword : keywords) {
            condition(keyword).ifPresent(conditions::add);
        }
        return conditions;
    }

    /** Whether the keyword says the printer (or its queue) is not there or not taking work. */
    static boolean offline(String keyword) {
        return OFFLINE.contains(base(keyword));
    }

    /** An {@code -error} keyword this driver has no condition for (e.g. {@code cups-missing-filter-error}). */
    static boolean otherError(String keyword) {
        String lower = keyword.toLowerCase(Locale.ROOT);
        return lower.endsWith("-error") && condition(keyword).isEmpty() && !offline(keyword);
    }

    /** The failure code of a job the printer failed with this condition. */
    static String failureCode(Condition condition) {
        return switch (condition) {
            case PAPER_OUT -> "PAPER_OUT";
            case JAM -> "JAM";
            case COVER_OPEN -> "COVER_OPEN";
            case TONER_OUT -> "TONER_OUT";
            default -> condition.name();
        };
    }
}
