package org.budayang.driver.cups;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;

/**
 * What Get-Printer-Attributes said about the queue.
 *
 * @param state          printer-state (3 idle, 4 processing, 5 stopped)
 * @param reasons        printer-state-reasons, without {@code none}
 * @param message        printer-state-message, may be empty
 * @param acceptingJobs  printer-is-accepting-jobs
 * @param sidesSupported sides-supported
 */
record PrinterState(int state, List<String> reasons, String message, boolean acceptingJobs,
                    List<String> sidesSupported) {

    static final String REQUESTED = "printer-state,printer-state-reasons,printer-state-message,"
            + "printer-is-accepting-jobs,sides-supported";

    PrinterState {
        reasons = reasons.stream().filter(reason -> !reason.equals("none")).toList();
        Objects.requireNonNull(message, "PrinterState.message is required");
        sidesSupported = List.copyOf(sidesSupported);
    }

    static PrinterState from(IppResponse.Group printer) {
        return new PrinterState(printer.integer("printer-state").orElse(0), printer.strings("printer-state-reasons"),
                printer.string("printer-state-message").orElse(""),
                printer.bool("printer-is-accepting-jobs").orElse(true), printer.strings("sides-supported"));
    }

    boolean offersLongEdgeDuplex() {
        return sidesSupported.contains("two-sided-long-edge");
    }

    /** Why a job cannot be submitted now (queue stopped or refusing jobs), or empty text when it can. */
    String refusal(String queue) {
        if (state == Ipp.PRINTER_STOPPED) {
            return "queue " + queue + " is stopped (printer-state 5, reasons " + reasons
                    + "): start it with 'cupsenable " + queue + "' once the printer is fixed";
        }
        if (!acceptingJobs) {
            return "queue " + queue + " is rejecting jobs (printer-is-accepting-jobs false): run 'cupsaccept "
                    + queue + "'";
        }
        return "";
    }

    /**
     * The device status this means. Blocking conditions (paper out, cover open, jam, toner out) come first, then
     * a stopped or refusing queue or an offline reason (OFFLINE), then other {@code -error} reasons
     * (HARDWARE_ERROR), then low paper or toner (DEGRADED), then processing (BUSY) or idle (ONLINE).
     */
    DeviceStatus toStatus(String queue, Instant at) {
        Set<Condition> conditions = PrinterReasons.conditions(reasons);
        String detail = "queue " + queue + ": printer-state " + Ipp.printerStateName(state) + ", reasons "
                + (reasons.isEmpty() ? "none" : String.join(",", reasons))
                + (message.isEmpty() ? "" : ", message '" + message + "'")
                + (acceptingJobs ? "" : ", not accepting jobs");
        EnumSet<Condition> blocking = EnumSet.noneOf(Condition.class);
        conditions.stream().filter(Condition::isBlocking).forEach(blocking::add);
        if (!blocking.isEmpty()) {
            Health health = blocking.equals(EnumSet.of(Condition.JAM)) ? Health.HARDWARE_ERROR : Health.USER_ERROR;
            return new DeviceStatus(health, conditions, RecommendedAction.CLEAR, at, detail);
        }
        String refusal = refusal(queue);
        if (!refusal.isEmpty()) {
            return new DeviceStatus(Health.OFFLINE, Set.of(), RecommendedAction.RESET, at, detail + "; " + refusal);
        }
        if (reasons.stream().anyMatch(PrinterReasons::offline)) {
            return new DeviceStatus(Health.OFFLINE, Set.of(), RecommendedAction.RESET, at,
                    detail + "; the printer is offline: check its power and cable");
        }
        if (reasons.stream().anyMatch(PrinterReasons::otherError)) {
            return new DeviceStatus(Health.HARDWARE_ERROR, conditions, RecommendedAction.MAINTENANCE, at, detail);
        }
        if (!conditions.isEmpty()) {
            return new DeviceStatus(Health.DEGRADED, conditions, RecommendedAction.CLEAR, at, detail);
        }
        Health health = state == Ipp.PRINTER_PROCESSING ? Health.BUSY : Health.ONLINE;
        return new DeviceStatus(health, Set.of(), RecommendedAction.NONE, at, detail);
    }
}
