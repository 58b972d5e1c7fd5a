package org.budayang.central.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static SigningKeys keys;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void signOne() {
        keys = SigningKeys.generate("Test CA", CLOCK);
        VerificationCode code = VerificationCode.random(new SecureRandom());
        unsigned = new DocumentRenderer(CjkFont.bundled(1)).render(new SampleDocuments(3)
                .pension("张小三", SampleDocuments.ZHANG), code, "http://127.0.0.1:8080/verify/" + code).pdf();
        signed = new DocumentSigner(keys).sign(unsigned, "兰州市城关区社会保险事业管理局", Instant.now());
    }

    private static SignatureCheck.Status check(byte[] pdf) {
        return new SignatureVerifier(keys.root(), keys.signer()).check(pdf).status();
    }

    @Test
    void aSignedDocumentVerifiesAndKeepsItsText() throws Exception {
        SignatureCheck result = new SignatureVerifier(keys.root(), keys.signer()).check(signed);
        assertEquals(SignatureCheck.Status.VALID, result.status(), result.reason());
        assertTrue(PdfReading.text(signed).contains("社会保险个人参保证明"));
        assertArrayEquals(unsigned, Arrays.copyOf(signed, unsigned.length), "signing is an incremental update");
    }

    @Test
    void aFlippedByteAnywhereInTheFileIsDetected() {
        // bytes across the whole file: the original content, the signature dictionary, the update's xref
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            byte[] copy = signed.clone();
            int at = i == 0 ? unsigned.length / 2 : random.nextInt(copy.length);
            copy[at] ^= 0x01;
            assertEquals(SignatureCheck.Status.BROKEN, check(copy), "flipped byte at " + at + " of " + copy.length);
        }
    }

    @Test
    void contentAppendedAfterSigningIsDetected() {
        byte[] appended = Arrays.copyOf(signed, signed.length + 40);
        byte[] extra = "\n% added after signing\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(extra, 0, appended, signed.length, extra.length);
        assertEquals(SignatureCheck.Status.BROKEN, check(appended));
    }

    @Test
    void aDocumentSignedByAnotherCaIsForeignAndAnUnsignedOneIsNotSigned() throws Exception {
        SigningKeys stranger = SigningKeys.generate("Budayang 演示 CA", CLOCK); // same name, other key
        byte[] foreign = new DocumentSigner(stranger).sign(unsigned, "某某局", Instant.now());
        assertEquals(SignatureCheck.Status.FOREIGN, check(foreign));
        assertEquals(SignatureCheck.Status.NOT_SIGNED, check(unsigned));
        try (PDDocument blank = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            blank.addPage(new PDPage());
            blank.save(out);
            assertEquals(SignatureCheck.Status.NOT_SIGNED, check(out.toByteArray()));
        }
        assertEquals(SignatureCheck.Status.BROKEN, check("%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theDemoCaIsCreatedOnceOwnerOnlyAndLoadedAgain(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("keys").resolve("signing.p12");
        SigningKeys created = SigningKeys.loadOrCreate(store, null, CLOCK);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
        Path password = store.resolveSibling("signing.p12.password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));
        SigningKeys loaded = SigningKeys.loadOrCreate(store, null, CLOCK);
        assertEquals(created.root(), loaded.root());
        assertEquals(created.signer(), loaded.signer());
        byte[] pdf = new DocumentSigner(loaded).sign(unsigned, "某某局", Instant.now());
        assertEquals(SignatureCheck.Status.VALID, new SignatureVerifier(created.root(), created.signer()).check(pdf).status());
        created.signer().verify(created.root().getPublicKey());
        DocumentSigningException wrong = assertThrows(DocumentSigningException.class,
                () -> SigningKeys.loadOrCreate(store, "not-the-password".toCharArray(), CLOCK));
        assertEquals("SIGNING_KEYS_UNAVAILABLE", wrong.code());
        assertTrue(wrong.getMessage().contains(store.toAbsolutePath().toString()), wrong.getMessage());
    }
}
