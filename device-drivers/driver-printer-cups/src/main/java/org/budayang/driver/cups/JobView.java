package org.budayang.driver.cups;

import java.util.List;

/**
 * One CUPS job as Get-Job-Attributes or Get-Jobs shows it.
 *
 * @param cupsId               job-id
 * @param name                 job-name
 * @param state                job-state (3 pending … 9 completed)
 * @param stateReasons         job-state-reasons
 * @param printerReasons       job-printer-state-reasons: what the printer said while this job ran (CUPS)
 * @param printerMessage       job-printer-state-message (CUPS), may be empty
 */
record JobView(int cupsId, String name, int state, List<String> stateReasons, List<String> printerReasons,
               String printerMessage) {

    static final String REQUESTED = "job-id,job-name,job-state,job-state-reasons,job-printer-state-reasons,"
            + "job-printer-state-message";

    JobView {
        stateReasons = List.copyOf(stateReasons);
        printerReasons = printerReasons.stream().filter(reason -> !reason.equals("none")).toList();
    }

    static JobView from(IppResponse.Group job) {
        return new JobView(job.integer("job-id").orElse(0), job.string("job-name").orElse(""),
                job.integer("job-state").orElse(0), job.strings("job-state-reasons"),
                job.strings("job-printer-state-reasons"), job.string("job-printer-state-message").orElse(""));
    }

    boolean finished() {
        return state == Ipp.JOB_COMPLETED || state == Ipp.JOB_CANCELED || state == Ipp.JOB_ABORTED;
    }

    String describe() {
        return "CUPS job " + cupsId + " " + Ipp.jobStateName(state) + " (job-state-reasons " + stateReasons
                + ", printer said " + (printerReasons.isEmpty() ? "nothing" : printerReasons)
                + (printerMessage.isEmpty() ? "" : " '" + printerMessage + "'") + ")";
    }
}
