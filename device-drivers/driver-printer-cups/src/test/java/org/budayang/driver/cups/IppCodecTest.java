package org.budayang.driver.cups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The IPP encoder against the bytes RFC 8010 prescribes, and the decoder on good, nested and broken answers. */
class IppCodecTest {

    @Test
    void requestIsEncodedAsRfc8010Says() {
        IppRequest request = IppRequest.of(Ipp.GET_JOB_ATTRIBUTES, 7);
        request.integer(Ipp.INTEGER, "job-id", 258);
        byte[] bytes = request.encode();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(new byte[] {1, 1, 0, 9, 0, 0, 0, 7, 1});
        attribute(expected, 0x47, "attributes-charset", "utf-8".getBytes(StandardCharsets.US_ASCII));
        attribute(expected, 0x48, "attributes-natural-language", "en".getBytes(StandardCharsets.US_ASCII));
        attribute(expected, 0x21, "job-id", new byte[] {0, 0, 1, 2});
        expected.write(3);
        assertEquals(hex(expected.toByteArray()), hex(bytes));
    }

    @Test
    void responseWithSeveralValuesAndACollectionIsDecoded() throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        answer.writeBytes(new byte[] {2, 0, 0, 0, 0, 0, 0, 5, 1});
        attribute(answer, 0x47, "attributes-charset", "utf-8".getBytes(StandardCharsets.US_ASCII));
        answer.write(4);
        attribute(answer, 0x23, "printer-state", new byte[] {0, 0, 0, 5});
        attribute(answer, 0x44, "printer-state-reasons", "media-empty-error".getBytes(StandardCharsets.US_ASCII));
        attribute(answer, 0x44, "", "paused".getBytes(StandardCharsets.US_ASCII));
        attribute(answer, 0x34, "media-col-default", new byte[0]);
        attribute(answer, 0x4A, "", "media-size".getBytes(StandardCharsets.US_ASCII));
        attribute(answer, 0x34, "", new byte[0]);
        attribute(answer, 0x4A, "", "x-dimension".getBytes(StandardCharsets.US_ASCII));
        attribute(answer, 0x21, "", new byte[] {0, 0, 0x52, 0x08});
        attribute(answer, 0x37, "", new byte[0]);
        attribute(answer, 0x37, "", new byte[0]);
        attribute(answer, 0x22, "printer-is-accepting-jobs", new byte[] {0});
        answer.write(3);
        IppResponse response = IppResponse.decode(answer.toByteArray());
        assertEquals(0, response.status());
        assertEquals(5, response.requestId());
        PrinterState state = PrinterState.from(response.group(Ipp.PRINTER_GROUP));
        assertEquals(5, state.state());
        assertEquals(List.of("media-empty-error", "paused"), state.reasons());
        assertEquals(false, state.acceptingJobs(), "the attribute after the collection is read");
    }

    @Test
    void brokenAnswersAreRefusedNamingTheProblem() {
        IppFormatException cut = assertThrows(IppFormatException.class,
                () -> IppResponse.decode(new byte[] {1, 1, 0, 0, 0, 0, 0, 1, 1, 0x47, 0, 18}));
        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
        IppFormatException version = assertThrows(IppFormatException.class,
                () -> IppResponse.decode("HTTP/1.1 400".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(version.getMessage().contains("IPP version"), version.getMessage());
    }

    @Test
    void randomBytesNeverEscapeAsAnythingButIppFormatException() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            if (bytes.length > 0) {
                bytes[0] = 1;
            }
            try {
                IppResponse.decode(bytes);
            } catch (IppFormatException expected) {
                // refused, as it should be
            }
        }
    }

    @Test
    void jobNameCarriesTheIdAndFitsIn255Octets() {
        assertEquals("社保证明 [job-1]", CupsQueue.jobName("社保证明", "job-1"));
        String longName = CupsQueue.jobName("证".repeat(200), "id-" + "x".repeat(61));
        assertTrue(longName.getBytes(StandardCharsets.UTF_8).length <= 255, longName);
        assertEquals("id-" + "x".repeat(61), CupsQueue.jobIdIn(longName).orElseThrow());
        assertEquals("a b [j]", CupsQueue.jobName("a\nb", "j"));
    }

    private static void attribute(ByteArrayOutputStream out, int tag, String name, byte[] value) {
        out.write(tag);
        out.write(name.length() >> 8);
        out.write(name.length());
        out.writeBytes(name.getBytes(StandardCharsets.US_ASCII));
        out.write(value.length >> 8);
        out.write(value.length);
        out.writeBytes(value);
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b));
        }
        return text.toString();
    }
}
