package org.budayang.provisioning.probe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the probe's findings into {@code device.<role>.<key>} lines in the kiosk's configuration format. */
public final class Proposal {
    private final Map<String, String> lines = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Path byIdDir;

    /** @param byIdDir where stable serial names live ({@code /dev/serial/by-id}) */
    public Proposal(Path byIdDir) {
        this.byIdDir = byIdDir;
    }

    public Map<String, String> lines() {
        return lines;
    }

    public List<String> notes() {
        return notes;
    }

    private boolean claim(String role, String what) {
        String existing = lines.get("device." + role + ".driver");
        if (existing != null) {
            notes.add(role + ": " + what + " not proposed, the role already has " + existing + " ("
                    + lines.getOrDefault("device." + role + ".port", lines.getOrDefault("device." + role + ".queue",
                    "")) + ")");
            return false;
        }
        return true;
    }

    public Proposal serial(List<PortResult> ports) {
        for (PortResult port : ports) {
            port.device().ifPresent(device -> {
                if (claim(device.role(), device.driver() + " on " + port.path())) {
                    String prefix = "device." + device.role() + ".";
                    lines.put(prefix + "driver", device.driver());
                    lines.put(prefix + "link", "serial");
                    lines.put(prefix + "port", SerialPorts.stableName(port.path(), byIdDir).orElse(port.path()));
                    lines.put(prefix + "baud", Integer.toString(device.baud()));
                }
            });
        }
        return this;
    }

    public Proposal smartCards(SmartCardReaders.Listing readers) {
        for (String reader : readers.readers()) {
            if (claim("socialCardReader", "PC/SC reader " + reader)) {
                lines.put("device.socialCardReader.driver", "pcsc-sscard");
                lines.put("device.socialCardReader.reader", reader);
            }
        }
        return this;
    }

    public Proposal cups(CupsQueues.Listing cups, String host, int port) {
        for (CupsQueues.Queue queue : cups.queues()) {
            if (queue.state() == 5) {
                notes.add("documentPrinter: queue " + queue.name() + " is stopped (cupsenable " + queue.name()
                        + "), not proposed");
                continue;
            }
            if (claim("documentPrinter", "CUPS queue " + queue.name())) {
                lines.put("device.documentPrinter.driver", "cups");
                lines.put("device.documentPrinter.host", host);
                lines.put("device.documentPrinter.port", Integer.toString(port));
                lines.put("device.documentPrinter.queue", queue.name());
            }
        }
        return this;
    }

    public Proposal cameras(List<String> cameras) {
        for (String camera : cameras) {
            if (claim("camera", camera)) {
                lines.put("device.camera.driver", "camera-gst");
                lines.put("device.camera.device", camera);
            }
        }
        return this;
    }
}
