package org.budayang.api.fleet;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/kiosks/self/selftests} over mutual TLS: the report of the technician's self-test on site, sent
 * with the enrolment (#10) and again whenever the technician runs it on an enrolled kiosk. Central keeps every
 * report; ops see the newest on the kiosk's page, and {@link KioskSelf#lastSelftest()} echoes it.
 *
 * @param appVersion the provisioning tool's version (1–64 of [A-Za-z0-9._+-])
 * @param ranAt      when the self-test ran on the kiosk
 * @param checks     one per role tested, at most 16, each role once (empty: nothing configured yet)
 */
public record SelftestUpload(String appVersion, Instant ranAt, List<SelftestCheck> checks) {
    public static final int MAX_CHECKS = 16;
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._+-]{1,64}");

    public SelftestUpload {
        appVersion = Check.text("SelftestUpload.appVersion", appVersion, 64, VERSION,
                "1-64 of [A-Za-z0-9._+-], e.g. 0.1.0-SNAPSHOT");
        Check.present("SelftestUpload.ranAt", ranAt);
        checks = Check.list("SelftestUpload.checks", checks, MAX_CHECKS);
        Set<String> roles = new HashSet<>();
        for (SelftestCheck check : checks) {
            if (!roles.add(check.role())) {
                throw new IllegalArgumentException("SelftestUpload.checks names role '" + check.role()
                        + "' twice; each role once");
            }
        }
    }

    /** True when every check passed (and there was at least one). */
    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(SelftestCheck::passed);
    }

    /** How many checks failed. */
    public int failures() {
        return (int) checks.stream().filter(c -> !c.passed()).count();
    }
}
