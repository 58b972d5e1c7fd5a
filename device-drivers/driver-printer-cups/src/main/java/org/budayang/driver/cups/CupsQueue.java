package org.budayang.driver.cups;

import java.util.List;
import java.util.Optional;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/** The IPP operations on one CUPS queue that the driver uses; an IPP error status becomes {@code REFUSED}. */
final class CupsQueue {
    /** The title and the caller's id go into job-name as {@code <title> [<id>]}, so CUPS keeps the id (decision 0009). */
    private static final int JOB_NAME_MAX = 255;

    private final CupsSettings settings;
    private final IppClient client;
    /** cupsd's administration resource, where lpadmin posts CUPS-Add-Modify-Printer. */
    private final IppClient admin;

    CupsQueue(CupsSettings settings, IppClient client) {
        this.settings = settings;
        this.client = client;
        this.admin = new IppClient(client.endpoint().resolve("/admin/"), settings.connectTimeout());
    }

    CupsSettings settings() {
        return settings;
    }

    PrinterState printer(Deadline deadline, CancelToken cancel) throws LinkLostException, IppCallException {
        IppRequest request = start(Ipp.GET_PRINTER_ATTRIBUTES);
        requested(request, PrinterState.REQUESTED);
        return PrinterState.from(checked(request, deadline, cancel).group(Ipp.PRINTER_GROUP));
    }

    /**
     * Replaces the queue's printer-state-reasons with {@code reasons} ({@code none} when empty) through
     * CUPS-Add-Modify-Printer on {@code /admin/}, as {@code lpadmin -p <queue> -o printer-state-reasons=…} does. Only
     * that attribute is sent: printer-state (a stopped queue stays stopped) and everything else are left as they
     * are. cupsd checks this against its default policy (administrators only, by default).
     */
    void replaceReasons(List<String> reasons, Deadline deadline, CancelToken cancel)
            throws LinkLostException, IppCallException {
        IppRequest request = IppRequest.of(Ipp.CUPS_ADD_MODIFY_PRINTER, admin.nextRequestId());
        request.value(Ipp.URI, "printer-uri", settings.printerUri().toString());
        request.value(Ipp.NAME, "requesting-user-name", settings.user());
        request.group(Ipp.PRINTER_GROUP);
        List<String> values = reasons.isEmpty() ? List.of("none") : reasons;
        request.value(Ipp.KEYWORD, "printer-state-reasons", values.get(0));
        for (String reason : values.subList(1, values.size())) {
            request.also(Ipp.KEYWORD, reason);
        }
        IppResponse response = admin.call(request, deadline, cancel);
        if (!response.successful()) {
            throw refused(request, response);
        }
    }

    /** Print-Job with the PDF; returns the CUPS job id. */
    int submit(String jobId, String title, byte[] pdf, int copies, String sides, Deadline deadline, CancelToken cancel)
            throws LinkLostException, IppCallException {
        IppRequest request = start(Ipp.PRINT_JOB);
        request.value(Ipp.NAME, "job-name", jobName(title, jobId));
        request.value(Ipp.MIME_MEDIA_TYPE, "document-format", "application/pdf");
        request.group(Ipp.JOB_GROUP);
        request.integer(Ipp.INTEGER, "copies", copies);
        request.value(Ipp.KEYWORD, "media", "iso_a4_210x297mm");
        request.value(Ipp.KEYWORD, "sides", sides);
        request.document(pdf);
        IppResponse response = checked(request, deadline, cancel);
        int cupsId = response.group(Ipp.JOB_GROUP).integer("job-id").orElse(0);
        if (cupsId <= 0) {
            throw new IppCallException(IppCallException.Kind.BROKEN, "Print-Job to " + settings.printerUri()
                    + " answered " + Ipp.statusName(response.status()) + " without a job-id", null);
        }
        return cupsId;
    }

    JobView job(int cupsId, Deadline deadline, CancelToken cancel) throws LinkLostException, IppCallException {
        IppRequest request = start(Ipp.GET_JOB_ATTRIBUTES);
        request.integer(Ipp.INTEGER, "job-id", cupsId);
        requested(request, JobView.REQUESTED);
        return JobView.from(checked(request, deadline, cancel).group(Ipp.JOB_GROUP));
    }

    /** Cancel-Job; a job that has already finished is not an error (CUPS answers client-error-not-possible). */
    void cancel(int cupsId, Deadline deadline) throws LinkLostException, IppCallException {
        IppRequest request = start(Ipp.CANCEL_JOB);
        request.integer(Ipp.INTEGER, "job-id", cupsId);
        IppResponse response = client.call(request, deadline, CancelToken.none());
        if (!response.successful() && response.status() != Ipp.CLIENT_ERROR_NOT_POSSIBLE) {
            throw refused(request, response);
        }
    }

    /**
     * This user's jobs on this queue, finished ones included (cupsd's job history), whose job-name carries
     * {@code jobId}; oldest first.
     */
    List<JobView> jobsFor(String jobId, Deadline deadline, CancelToken cancel)
            throws LinkLostException, IppCallException {
        IppRequest request = start(Ipp.GET_JOBS);
        request.value(Ipp.KEYWORD, "which-jobs", "all");
        request.bool("my-jobs", true);
        requested(request, JobView.REQUESTED);
        String marker = marker(jobId);
        return checked(request, deadline, cancel).groups(Ipp.JOB_GROUP).stream().map(JobView::from)
                .filter(job -> job.name().endsWith(marker))
                .sorted(java.util.Comparator.comparingInt(JobView::cupsId)).toList();
    }

    /** {@code <title> [<id>]}, the title shortened so that the whole fits in 255 octets. */
    static String jobName(String title, String jobId) {
        String marker = marker(jobId);
        String cleaned = title.replaceAll("\\p{Cntrl}", " ").strip();
        while (cleaned.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + marker.length() > JOB_NAME_MAX) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned + marker;
    }

    static Optional<String> jobIdIn(String jobName) {
        int open = jobName.lastIndexOf(" [");
        return open >= 0 && jobName.endsWith("]")
                ? Optional.of(jobName.substring(open + 2, jobName.length() - 1)) : Optional.empty();
    }

    private static String marker(String jobId) {
        return " [" + jobId + "]";
    }

    private IppRequest start(int operation) {
        IppRequest request = IppRequest.of(operation, client.nextRequestId());
        request.value(Ipp.URI, "printer-uri", settings.printerUri().toString());
        request.value(Ipp.NAME, "requesting-user-name", settings.user());
        return request;
    }

    private static void requested(IppRequest request, String names) {
        String[] split = names.split(",");
        request.value(Ipp.KEYWORD, "requested-attributes", split[0]);
        for (int i = 1; i < split.length; i++) {
            request.also(Ipp.KEYWORD, split[i]);
        }
    }

    private IppResponse checked(IppRequest request, Deadline deadline, CancelToken cancel)
            throws LinkLostException, IppCallException {
        IppResponse response = client.call(request, deadline, cancel);
        if (!response.successful()) {
            throw refused(request, response);
        }
        return response;
    }

    private IppCallException refused(IppRequest request, IppResponse response) {
        String hint = response.status() == Ipp.CLIENT_ERROR_NOT_FOUND
                ? "; the queue does not exist: create it with lpadmin or fix the 'uri'/'queue' setting" : "";
        return new IppCallException(IppCallException.Kind.REFUSED, IppClient.operationName(request.operation())
                + " to " + settings.printerUri() + " answered " + Ipp.statusName(response.status())
                + (response.statusMessage().isEmpty() ? "" : " '" + response.statusMessage() + "'") + hint,
                response.status());
    }
}
