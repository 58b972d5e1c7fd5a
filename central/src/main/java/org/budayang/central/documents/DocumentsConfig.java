package org.budayang.central.documents;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of the documents feature (keys under {@code documents.}).
 *
 * @param publicBaseUrl    {@code documents.publicBaseUrl}: where citizens reach central's verify page; the QR
 *                         code points to {@code <publicBaseUrl>/verify/<code>}. Default http://127.0.0.1:8080
 * @param keyStore         {@code documents.signing.keystore}: the PKCS#12 store of the demo CA, created at first
 *                         start. Default {@code <data dir>/documents/signing.p12}
 * @param keyStorePassword {@code documents.signing.password}: its password; null (the default) keeps a random
 *                         one in {@code <keystore>.password}, owner-only
 * @param maxUploadBytes   {@code documents.verify.maxUploadBytes}: the largest PDF the public verify page accepts,
 *                         1 KiB..50 MiB, default 5 MiB
 */
public record DocumentsConfig(String publicBaseUrl, Path keyStore, String keyStorePassword, int maxUploadBytes) {
    public static final String PUBLIC_BASE_URL = "documents.publicBaseUrl";
    public static final String KEYSTORE = "documents.signing.keystore";
    public static final String PASSWORD = "documents.signing.password";
    public static final String MAX_UPLOAD = "documents.verify.maxUploadBytes";
    public static final String DEFAULT_PUBLIC_BASE_URL = "http://127.0.0.1:8080";
    public static final int DEFAULT_MAX_UPLOAD = 5 * 1024 * 1024;

    public DocumentsConfig {
        publicBaseUrl = baseUrl(publicBaseUrl);
        Objects.requireNonNull(keyStore, KEYSTORE + " is required");
        if (keyStorePassword != null && keyStorePassword.isEmpty()) {
            throw new IllegalArgumentException(PASSWORD + " is set but empty; remove it to use a generated password");
        }
        if (maxUploadBytes < 1024 || maxUploadBytes > 50 * 1024 * 1024) {
            throw new IllegalArgumentException(MAX_UPLOAD + " " + maxUploadBytes + " is out of range; expected 1024.."
                    + 50 * 1024 * 1024 + " (default " + DEFAULT_MAX_UPLOAD + ")");
        }
    }

    /** The defaults for a data directory. */
    public static DocumentsConfig defaults(Path dataDir) {
        return new DocumentsConfig(DEFAULT_PUBLIC_BASE_URL, defaultKeyStore(dataDir), null, DEFAULT_MAX_UPLOAD);
    }

    /** Reads the {@code documents.*} keys from {@code settings}, the defaults for those not given. */
    public static DocumentsConfig from(Map<String, String> settings, Path dataDir) {
        String url = settings.getOrDefault(PUBLIC_BASE_URL, DEFAULT_PUBLIC_BASE_URL);
        String store = settings.get(KEYSTORE);
        String max = settings.get(MAX_UPLOAD);
        int maxUpload;
        try {
            maxUpload = max == null ? DEFAULT_MAX_UPLOAD : Integer.parseInt(max.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_UPLOAD + " '" + max + "' is not a whole number of bytes, e.g. "
                    + DEFAULT_MAX_UPLOAD, e);
        }
        return new DocumentsConfig(url, store == null ? defaultKeyStore(dataDir) : Path.of(store),
                settings.get(PASSWORD), maxUpload);
    }

    private static Path defaultKeyStore(Path dataDir) {
        return dataDir.resolve("documents").resolve("signing.p12");
    }

    private static String baseUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(PUBLIC_BASE_URL + " is empty; give the address citizens reach central "
                    + "at, e.g. " + DEFAULT_PUBLIC_BASE_URL);
        }
        String url = text.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException(PUBLIC_BASE_URL + " '" + text + "' is not an http(s) address with "
                        + "a host and no query, e.g. https://zwfw.example.gov.cn");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PUBLIC_BASE_URL + " '" + text + "' is not a URL: " + e.getReason(), e);
        }
        if (url.length() > 200) {
            throw new IllegalArgumentException(PUBLIC_BASE_URL + " is " + url.length() + " characters; at most 200 fit "
                    + "in the printed QR code");
        }
        return url;
    }

    @Override
    public String toString() {
        return "DocumentsConfig[publicBaseUrl=" + publicBaseUrl + ", keyStore=" + keyStore + ", password="
                + (keyStorePassword == null ? "generated" : "configured") + ", maxUploadBytes=" + maxUploadBytes + "]";
    }
}
