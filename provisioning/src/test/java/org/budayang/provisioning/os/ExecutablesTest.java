package org.budayang.provisioning.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablesTest {
    @TempDir
    Path temp;

    @Test
    void findsTheFirstExecutableInSearchOrder() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Scripts.write(second, "fc-list", "exit 0");
        Path winner = Scripts.write(first, "fc-list", "exit 0");
        Executables executables = Executables.fromPath(first + ":" + second, List.of());

        assertEquals(Optional.of(winner), executables.find("fc-list"));
    }

    @Test
    void skipsFilesThatAreNotExecutableAndDirectories() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("bin"));
        Files.writeString(dir.resolve("ldconfig"), "not executable");
        Files.createDirectories(dir.resolve("Xvfb"));
        Path later = Scripts.write(temp.resolve("sbin"), "ldconfig", "exit 0");

        Executables executables = Executables.fromPath(dir.toString(), List.of(temp.resolve("sbin")));

        assertEquals(Optional.of(later), executables.find("ldconfig"));
        assertEquals(Optional.empty(), executables.find("Xvfb"));
    }

    @Test
    void buildsTheSearchPathFromPathAndExtraDirectories() {
        Executables executables = Executables.fromPath("/usr/bin::/bin:", List.of(Path.of("/sbin"), Path.of("/bin")));

        assertEquals(List.of(Path.of("/usr/bin"), Path.of("/bin"), Path.of("/sbin")), executables.searchDirs());
        assertEquals("/usr/bin:/bin:/sbin", executables.describe());
        assertEquals(List.of(Path.of("/sbin")), Executables.fromPath(null, List.of(Path.of("/sbin"))).searchDirs());
    }

    @Test
    void findsTheRealShellOnThisMachine() {
        Executables executables = Executables.fromPath(System.getenv("PATH"), List.of());

        assertEquals(Optional.of(true), executables.find("sh").map(Files::isExecutable));
    }
}
