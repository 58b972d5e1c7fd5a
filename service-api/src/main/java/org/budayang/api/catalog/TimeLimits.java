package org.budayang.api.catalog;

/**
 * 法定办结时限 and 承诺办结时限 in working days; 0 means 即办 (done on the spot).
 * The promised limit may never exceed the legal one.
 */
public record TimeLimits(int legalWorkingDays, int promisedWorkingDays) {
    public TimeLimits {
        Checks.range("TimeLimits.legalWorkingDays", legalWorkingDays, 0, 365);
        Checks.range("TimeLimits.promisedWorkingDays", promisedWorkingDays, 0, 365);
        if (promisedWorkingDays > legalWorkingDays) {
            throw new IllegalArgumentException("TimeLimits: promised " + promisedWorkingDays
                    + " working days exceeds the legal limit of " + legalWorkingDays);
        }
    }

    public boolean immediate() {
        return promisedWorkingDays == 0;
    }
}
