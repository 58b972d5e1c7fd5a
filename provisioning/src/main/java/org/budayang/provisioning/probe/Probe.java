package org.budayang.provisioning.probe;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** {@code probe}: serial ports, PC/SC readers, CUPS queues and cameras, and a proposed configuration. */
public final class Probe {
    private final SerialProbe serial;
    private final Supplier<SmartCardReaders.Listing> readers;
    private final CupsQueues cups;
    private final Path dev;

    /**
     * @param readers lists the PC/SC readers ({@link SmartCardReaders#list})
     * @param dev     the device directory ({@code /dev}) for cameras and {@code serial/by-id}
     */
    public Probe(SerialProbe serial, Supplier<SmartCardReaders.Listing> readers, CupsQueues cups, Path dev) {
        this.serial = Objects.requireNonNull(serial, "serial");
        this.readers = Objects.requireNonNull(readers, "readers");
        this.cups = Objects.requireNonNull(cups, "cups");
        this.dev = Objects.requireNonNull(dev, "dev");
    }

    public ProbeReport run(List<String> ports, String cupsHost, int cupsPort) {
        List<PortResult> found = serial.examine(ports);
        SmartCardReaders.Listing cards = readers.get();
        CupsQueues.Listing queues = cups.list(cupsHost, cupsPort);
        List<String> cameras = Cameras.list(dev);
        Proposal proposal = new Proposal(dev.resolve("serial").resolve("by-id"))
                .serial(found).smartCards(cards).cups(queues, cupsHost, cupsPort).cameras(cameras);
        return new ProbeReport(found, cards, queues, cameras, proposal.lines(), proposal.notes());
    }
}
