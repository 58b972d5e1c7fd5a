package org.budayang.kiosk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.HttpRequest;
import org.budayang.api.ApiHeaders;

/**
 * The per-kiosk secret of central's {@code KioskAuthenticator}: {@code X-Budayang-Kiosk: <kiosk.id>} and
 * {@code Authorization: Bearer <secret>}, the secret read once from {@code kiosk.secretFile} (owner-only).
 * {@link #toString()} and {@link #describe()} never show the secret.
 */
public final class KioskSecretAuth implements CentralAuth {
    /** The code of every problem with the secret file. */
    public static final String CODE = "KIOSK_SECRET_UNUSABLE";
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{32,256}");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final String kioskId;
    private final String secret;

    public KioskSecretAuth(String kioskId, String secret) {
        this.kioskId = Objects.requireNonNull(kioskId, "KioskSecretAuth.kioskId is required");
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException(CODE + ": the secret of kiosk " + kioskId + " ("
                    + (secret == null ? "none" : secret.length() + " characters") + ") is not 32-256 characters of"
                    + " [A-Za-z0-9_-] as central issue-kiosk-secret writes it");
        }
        this.secret = secret;
    }

    /**
     * Reads the secret of {@code kioskId} from {@code file}: a line {@code secret=<secret>} (the file central's
     * {@code issue-kiosk-secret} writes) or a line with the secret alone; {@code #} lines are comments. The file
     * must be readable by its owner only.
     *
     * @throws IllegalStateException {@value #CODE} naming the file and the fix
     */
    public static KioskSecretAuth fromFile(String kioskId, Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw unusable(file, "does not exist or is not a file; copy the file central issue-kiosk-secret --kiosk "
                    + kioskId + " wrote to this path, or correct kiosk.secretFile");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        List<String> lines;
        try {
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw unusable(file, "is readable or writable by others (" + permissions + "); run chmod 600 "
                            + file);
                }
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(CODE + ": cannot read the kiosk secret file " + file + ": " + e
                    + "; check that the kiosk's user owns it", e);
        }
        String found = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("kiosk.")) {
                continue;
            }
            String value = line.startsWith("secret=") ? line.substring("secret=".length()).strip() : line;
            if (found != null) {
                throw unusable(file, "holds more than one secret line; keep only the one for " + kioskId);
            }
            found = value;
        }
        if (found == null || !SECRET.matcher(found).matches()) {
            throw unusable(file, "holds no secret line of 32-256 characters of [A-Za-z0-9_-] (found "
                    + (found == null ? "none" : found.length() + " characters") + "); write secret=<the secret>");
        }
        return new KioskSecretAuth(kioskId, found);
    }

    private static IllegalStateException unusable(Path file, String problem) {
        return new IllegalStateException(CODE + ": the kiosk secret file " + file + " " + problem);
    }

    public String kioskId() {
        return kioskId;
    }

    @Override
    public void apply(HttpRequest request) {
        request.setHeader(ApiHeaders.KIOSK_ID, kioskId);
        request.setHeader(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + secret);
    }

    @Override
    public String describe() {
        return "kiosk " + kioskId + " (secret from kiosk.secretFile)";
    }

    @Override
    public String toString() {
        return "KioskSecretAuth[" + kioskId + "]";
    }
}
