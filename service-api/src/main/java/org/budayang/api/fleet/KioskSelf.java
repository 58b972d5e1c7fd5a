package org.budayang.api.fleet;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/kiosks/self} over mutual TLS: what central sees of the calling kiosk, for the technician's
 * {@code status} (and the technician panel). Central answers it from its own records only; the kiosk is named by its
 * client certificate, so a kiosk can only ever read its own.
 *
 * @param kioskId             the id central gave at enrolment, e.g. {@code KSK-620102000000-0001}
 * @param name                the kiosk's name as enrolled
 * @param regionCode          the site's 12-digit 统计用区划代码
 * @param siteType            the site type as enrolled, e.g. {@code 便民服务站}
 * @param address             the site's address as enrolled (a public place, not a citizen's)
 * @param status              {@code ACTIVE} (a revoked kiosk cannot call at all)
 * @param enrolledAt          when the kiosk was enrolled
 * @param certificateNotAfter when the certificate this request came with expires
 * @param lastHeartbeatAt     the newest heartbeat central keeps, null before the first
 * @param devices             the devices of that heartbeat (empty before the first)
 * @param openAlerts          alerts not yet resolved for this kiosk, newest first, at most 50
 * @param pendingCommands     commands waiting for the kiosk to fetch or finish
 * @param lastSelftest        the newest self-test report central has for this kiosk, null when none
 * @param serverTime          central's clock when it answered (so that a wrong kiosk clock can be seen)
 */
public record KioskSelf(String kioskId, String name, String regionCode, String siteType, String address,
                        String status, Instant enrolledAt, Instant certificateNotAfter, Instant lastHeartbeatAt,
                        List<DeviceHealth> devices, List<OpenAlert> openAlerts, int pendingCommands,
                        SelftestSummary lastSelftest, Instant serverTime) {
    public static final int MAX_ALERTS = 50;

    public KioskSelf {
        Check.present("KioskSelf.kioskId", kioskId);
        Check.present("KioskSelf.name", name);
        Check.present("KioskSelf.regionCode", regionCode);
        Check.present("KioskSelf.siteType", siteType);
        Check.present("KioskSelf.address", address);
        Check.present("KioskSelf.status", status);
        Check.present("KioskSelf.enrolledAt", enrolledAt);
        Check.present("KioskSelf.certificateNotAfter", certificateNotAfter);
        devices = Check.list("KioskSelf.devices", devices, Heartbeat.MAX_DEVICES);
        openAlerts = Check.list("KioskSelf.openAlerts", openAlerts, MAX_ALERTS);
        Check.range("KioskSelf.pendingCommands", pendingCommands, 0, Integer.MAX_VALUE);
        Check.present("KioskSelf.serverTime", serverTime);
    }

    /**
     * An alert not yet resolved.
     *
     * @param rule     the alert rule's code, e.g. {@code DEVICE_OFFLINE}
     * @param role     the device role it is about, null for the kiosk as a whole
     * @param severity e.g. {@code WARNING} or {@code CRITICAL}
     * @param state    {@code OPEN} or {@code ACKNOWLEDGED}
     * @param since    when it opened
     * @param message  the alert's text for ops
     */
    public record OpenAlert(String rule, String role, String severity, String state, Instant since, String message) {
        public OpenAlert {
            Check.present("OpenAlert.rule", rule);
            Check.present("OpenAlert.severity", severity);
            Check.present("OpenAlert.state", state);
            Check.present("OpenAlert.since", since);
            message = message == null ? "" : message;
        }
    }

    /**
     * The newest self-test report, summed up.
     *
     * @param ranAt      when it ran on the kiosk
     * @param receivedAt when central received it
     * @param passed     every check passed
     * @param checks     how many roles were tested
     * @param failures   how many failed
     * @param failedRoles the roles that failed, with their code ({@code receiptPrinter:PAPER_OUT})
     */
    public record SelftestSummary(Instant ranAt, Instant receivedAt, boolean passed, int checks, int failures,
                                  List<String> failedRoles) {
        public SelftestSummary {
            Check.present("SelftestSummary.ranAt", ranAt);
            Check.present("SelftestSummary.receivedAt", receivedAt);
            failedRoles = Check.list("SelftestSummary.failedRoles", failedRoles, SelftestUpload.MAX_CHECKS);
        }
    }
}
