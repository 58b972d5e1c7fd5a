package org.budayang.provisioning.probe;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything {@code probe} found, and the device configuration it proposes.
 *
 * @param ports    each serial port's finding, in probe order
 * @param readers  the PC/SC readers
 * @param cups     the CUPS queues
 * @param cameras  the video devices
 * @param proposal the proposed {@code device.<role>.<key>} lines (sorted)
 * @param notes    what the proposal left out and why (a second device for one role…)
 */
public record ProbeReport(List<PortResult> ports, SmartCardReaders.Listing readers, CupsQueues.Listing cups,
                          List<String> cameras, Map<String, String> proposal, List<String> notes) {
    public ProbeReport {
        ports = List.copyOf(ports);
        Objects.requireNonNull(readers, "ProbeReport.readers is required");
        Objects.requireNonNull(cups, "ProbeReport.cups is required");
        cameras = List.copyOf(cameras);
        proposal = java.util.Collections.unmodifiableMap(new TreeMap<>(proposal));
        notes = List.copyOf(notes);
    }

    /** How many devices were identified (serial, PC/SC, CUPS, cameras). */
    public int devicesFound() {
        return (int) ports.stream().filter(p -> p.state() == PortState.IDENTIFIED).count() + readers.readers().size()
                + cups.queues().size() + cameras.size();
    }
}
