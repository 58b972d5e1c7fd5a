package org.budayang.provisioning.probe;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The serial ports to probe: those jSerialComm lists plus the paths the technician gives (ptys are not listed). */
public final class SerialPorts {
    private SerialPorts() {
    }

    /** The system's serial ports, e.g. {@code /dev/ttyUSB0}, {@code /dev/ttyS0}. */
    public static List<String> listed() {
        List<String> ports = new ArrayList<>();
        for (SerialPort port : SerialPort.getCommPorts()) {
            ports.add(port.getSystemPortPath());
        }
        return ports;
    }

    /** {@code given} first (in order), then the listed ports not already given; duplicates removed. */
    public static List<String> toProbe(List<String> given, boolean includeListed) {
        Set<String> ports = new LinkedHashSet<>(given);
        if (includeListed) {
            ports.addAll(listed());
        }
        return List.copyOf(ports);
    }

    /**
     * The stable name of {@code port} under {@code byIdDir} ({@code /dev/serial/by-id/usb-…}), which survives
     * re-plugging into another USB socket, if there is one; otherwise empty.
     */
    public static Optional<String> stableName(String port, Path byIdDir) {
        if (!Files.isDirectory(byIdDir)) {
            return Optional.empty();
        }
        try {
            Path real = Path.of(port).toRealPath();
            try (DirectoryStream<Path> links = Files.newDirectoryStream(byIdDir)) {
                for (Path link : links) {
                    if (link.toRealPath().equals(real)) {
                        return Optional.of(link.toString());
                    }
                }
            }
        } catch (IOException | SecurityException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
