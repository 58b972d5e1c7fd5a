package org.budayang.provisioning.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.UsableSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceCheckTest {
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path temp;

    @Test
    void theRealFileSystemOfATemporaryDirectoryIsMeasured() throws Exception {
        long usable = Files.getFileStore(temp).getUsableSpace();

        CheckResult result = new DiskSpaceCheck(temp, UsableSpace.ofFileStore(), 0, 0, MESSAGES).run();

        assertEquals(CheckStatus.OK, result.status());
        assertTrue(result.detail().startsWith("data dir " + temp.toRealPath() + ": ")
                || result.detail().startsWith("data dir " + temp.toAbsolutePath() + ": "), result.detail());
        long reported = Long.parseLong(result.detail().replaceAll(".*: (\\d+) bytes usable.*", "$1"));
        assertTrue(Math.abs(reported - usable) < 64 * MIB, reported + " vs " + usable);
    }

    @Test
    void moreThanThisDiskHasFailsWithTheRealNumbers() {
        CheckResult result = new DiskSpaceCheck(temp, UsableSpace.ofFileStore(), Long.MAX_VALUE, Long.MAX_VALUE,
                MESSAGES).run();

        assertEquals(CheckStatus.FAIL, result.status());
        assertTrue(result.message().startsWith("数据目录可用空间只有 "), result.message());
        assertTrue(result.message().endsWith("低于最低要求 8388608 TiB，信息亭无法可靠记录交易。"), result.message());
        assertTrue(result.detail().endsWith("(fail below 9223372036854775807, warn below 9223372036854775807)."
                + " Free space or choose another --data-dir."), result.detail());
    }

    @Test
    void aDataDirectoryThatDoesNotExistYetIsMeasuredAtItsNearestParent() {
        List<Path> asked = new ArrayList<>();
        Path dataDir = temp.resolve("var/lib/budayang");

        CheckResult result = new DiskSpaceCheck(dataDir, directory -> {
            asked.add(directory);
            return 3 * 1024 * MIB;
        }, 512 * MIB, 2048 * MIB, MESSAGES).run();

        assertEquals(List.of(temp), asked);
        assertEquals(CheckStatus.OK, result.status());
        assertEquals("数据目录可用空间 3 GiB。", result.message());
        assertEquals("data dir " + dataDir + " does not exist yet; measured at " + temp + ": 3221225472 bytes usable"
                + " (fail below 536870912, warn below 2147483648)", result.detail());
    }

    @Test
    void betweenTheThresholdsItWarns() {
        CheckResult result = new DiskSpaceCheck(temp, directory -> 1536 * MIB, 512 * MIB, 2048 * MIB, MESSAGES).run();

        assertEquals(CheckStatus.WARN, result.status());
        assertEquals("数据目录可用空间只有 1.5 GiB，建议至少 2 GiB。", result.message());
    }

    @Test
    void theThresholdsAreLowerBoundsThatPass() {
        assertEquals(CheckStatus.WARN, new DiskSpaceCheck(temp, directory -> 512 * MIB, 512 * MIB, 2048 * MIB,
                MESSAGES).run().status());
        assertEquals(CheckStatus.FAIL, new DiskSpaceCheck(temp, directory -> 512 * MIB - 1, 512 * MIB, 2048 * MIB,
                MESSAGES).run().status());
        assertEquals(CheckStatus.OK, new DiskSpaceCheck(temp, directory -> 2048 * MIB, 512 * MIB, 2048 * MIB,
                MESSAGES).run().status());
    }

    @Test
    void anUnreadableFileSystemFails() {
        CheckResult result = new DiskSpaceCheck(temp, directory -> {
            throw new IOException("statvfs failed: Input/output error");
        }, 0, 0, MESSAGES).run();

        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals("无法读取数据目录的可用空间。", result.message());
        assertEquals("data dir " + temp + ": java.io.IOException: statvfs failed: Input/output error",
                result.detail());
    }

    @Test
    void thresholdsMustBeOrdered() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DiskSpaceCheck(temp, UsableSpace.ofFileStore(), 10, 5, MESSAGES));
        assertEquals("DiskSpaceCheck thresholds must satisfy 0 <= failBelow <= warnBelow, got failBelow=10,"
                + " warnBelow=5", error.getMessage());
    }

    @Test
    void sizesReadLikeATechnicianWritesThem() {
        assertEquals("0 B", DiskSpaceCheck.size(0));
        assertEquals("1023 B", DiskSpaceCheck.size(1023));
        assertEquals("1 KiB", DiskSpaceCheck.size(1024));
        assertEquals("512 MiB", DiskSpaceCheck.size(512 * MIB));
        assertEquals("1.5 GiB", DiskSpaceCheck.size(1536 * MIB));
        assertEquals("79.5 GiB", DiskSpaceCheck.size(85_398_913_024L));
    }
}
