package org.budayang.provisioning.doctor;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budayang.provisioning.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every check and reports to the technician. A check that throws is reported as a failure of its
 * own and does not stop the others.
 */
public final class Doctor {
    private static final Logger LOG = LoggerFactory.getLogger(Doctor.class);

    private final List<Check> checks;
    private final Messages messages;

    public Doctor(List<Check> checks, Messages messages) {
        this.checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Runs all checks in order. */
    public List<CheckResult> examine() {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            results.add(runGuarded(check));
        }
        return results;
    }

    /**
     * Runs all checks and prints one block per check and a summary to {@code out}.
     *
     * @return the results, in the order of the checks
     */
    public List<CheckResult> examine(PrintStream out) {
        List<CheckResult> results = examine();
        out.println(messages.get("doctor.title"));
        out.println();
        for (CheckResult result : results) {
            out.printf("[%-4s] %s: %s%n", result.status(), messages.get("check." + result.check() + ".name"),
                    result.message());
            if (result.status() != CheckStatus.OK || !result.detail().isEmpty()) {
                out.printf("       %s: %s%n", messages.get("doctor.detail"), result.detail());
            }
            result.fixCommand().ifPresent(fix -> out.printf("       %s: %s%n", messages.get("doctor.fix"), fix));
        }
        out.println();
        out.println(messages.get("doctor.summary", results.size(), count(results, CheckStatus.OK),
                count(results, CheckStatus.WARN), count(results, CheckStatus.FAIL)));
        return results;
    }

    public static boolean anyFailed(List<CheckResult> results) {
        return count(results, CheckStatus.FAIL) > 0;
    }

    private CheckResult runGuarded(Check check) {
        try {
            return Objects.requireNonNull(check.run(), () -> "check " + check.id() + " returned no result");
        } catch (RuntimeException broken) {
            LOG.warn("Doctor check {} threw instead of returning a result", check.id(), broken);
            return CheckResult.fail(check.id(), messages.get("doctor.crashed"), broken.toString(), null);
        }
    }

    private static long count(List<CheckResult> results, CheckStatus status) {
        return results.stream().filter(result -> result.status() == status).count();
    }
}
