package org.budayang.central.payments.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sandbox provider's notification signature: HMAC-SHA256 over {@code <timestamp>\n<notificationId>\n<body>}
 * with the shared key, hex-encoded; compared in constant time.
 */
final class NotificationSigner {
    static final String TIMESTAMP = "X-Sandbox-Pay-Timestamp";
    static final String NOTIFICATION_ID = "X-Sandbox-Pay-Notification";
    static final String SIGNATURE = "X-Sandbox-Pay-Signature";

    private final byte[] key;

    NotificationSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("NotificationSigner key has " + key.length + " bytes; at least 32");
        }
        this.key = key.clone();
    }

    String sign(long timestamp, String notificationId, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((timestamp + "\n" + notificationId + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    boolean valid(long timestamp, String notificationId, byte[] body, String signature) {
        byte[] expected = sign(timestamp, notificationId, body).getBytes(StandardCharsets.US_ASCII);
        return signature != null && MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** A CSRF token for the phone page of {@code token}: the same key, another purpose. */
    String csrf(String token) {
        return sign(0, "csrf", token.getBytes(StandardCharsets.UTF_8));
    }
}
