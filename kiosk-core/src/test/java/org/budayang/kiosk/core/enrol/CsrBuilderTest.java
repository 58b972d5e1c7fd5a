package org.budayang.kiosk.core.enrol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's CSR is well-formed DER whose signature verifies with the key it carries (central's side, with
 * BouncyCastle, is tested in demo's KioskEnrolmentTest), and the code sheet refuses what cannot be right.
 */
class CsrBuilderTest {
    @Test
    void theRequestInfoIsSignedByTheKioskKeyAndCarriesItsPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        byte[] der = CsrBuilder.der(keys);
        Der outer = Der.at(der, 0);
        assertEquals(0x30, outer.tag());
        assertEquals(der.length, outer.end(), "one SEQUENCE spanning the whole request");
        Der info = Der.at(der, outer.valueStart());
        Der algorithm = Der.at(der, info.end());
        Der bits = Der.at(der, algorithm.end());
        assertEquals(0x03, bits.tag());
        assertEquals(outer.end(), bits.end());
        byte[] infoBytes = Arrays.copyOfRange(der, info.start(), info.end());
        byte[] signature = Arrays.copyOfRange(der, bits.valueStart() + 1, bits.end());
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(keys.getPublic());
        verifier.update(infoBytes);
        assertTrue(verifier.verify(signature));
        byte[] spki = keys.getPublic().getEncoded();
        assertTrue(indexOf(infoBytes, spki) > 0, "the SubjectPublicKeyInfo is in the request");
        KeyPair other = generator.generateKeyPair();
        verifier.initVerify(other.getPublic());
        verifier.update(infoBytes);
        assertFalse(verifier.verify(signature));
        assertTrue(CsrBuilder.pem(keys).startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
    }

    @Test
    void lengthsOver127BytesUseTheLongForm() {
        byte[] value = new byte[300];
        byte[] encoded = CsrBuilder.tlv((byte) 0x04, value);
        assertArrayEquals(new byte[] {0x04, (byte) 0x82, 0x01, 0x2C}, Arrays.copyOf(encoded, 4));
        assertEquals(304, encoded.length);
        assertArrayEquals(new byte[] {0x04, 0x7F}, Arrays.copyOf(CsrBuilder.tlv((byte) 0x04, new byte[127]), 2));
        assertArrayEquals(new byte[] {0x04, (byte) 0x81, (byte) 0x80},
                Arrays.copyOf(CsrBuilder.tlv((byte) 0x04, new byte[128]), 3));
    }

    @Test
    void anRsaKeyIsRefused() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CsrBuilder.der(rsa.generateKeyPair()));
        assertTrue(refused.getMessage().contains("EC P-256"), refused.getMessage());
    }

    @Test
    void theCodeSheetNeedsAFingerprintAndAnHttpsUrl() {
        String fingerprint = "ab:".repeat(31) + "ab";
        CodeSheet sheet = new CodeSheet("7K3M-Q9XD-2HPA-V8TN", fingerprint, URI.create("https://central:8443/api/v1/enrol"));
        assertEquals("AB".repeat(32), sheet.caFingerprint());
        assertFalse(sheet.toString().contains("7K3M"), "the code is not in toString: " + sheet);
        IllegalArgumentException shortPrint = assertThrows(IllegalArgumentException.class,
                () -> new CodeSheet("X", "AB:CD", URI.create("https://central/api/v1/enrol")));
        assertTrue(shortPrint.getMessage().contains("AB:CD"), shortPrint.getMessage());
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> new CodeSheet("X", fingerprint, URI.create("http://central/api/v1/enrol")));
        assertTrue(plain.getMessage().contains("https"), plain.getMessage());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A DER element at {@code start}: its tag and where its value starts and it ends. */
    private record Der(int tag, int start, int valueStart, int end) {
        static Der at(byte[] der, int start) {
            int tag = der[start] & 0xFF;
            int first = der[start + 1] & 0xFF;
            int length;
            int valueStart;
            if (first < 0x80) {
                length = first;
                valueStart = start + 2;
            } else {
                int bytes = first & 0x7F;
                length = 0;
                for (int i = 0; i < bytes; i++) {
                    length = (length << 8) | (der[start + 2 + i] & 0xFF);
                }
                valueStart = start + 2 + bytes;
            }
            return new Der(tag, start, valueStart, valueStart + length);
        }
    }
}
