package org.budayang.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.flow.FlowState;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The A4 leg of issue #7's evidence: a citizen prints 社会保险个人参保证明 through REAL CUPS. The real kiosk window
 * (Monocle, robot clicks), the REAL idcard-sam driver reading demo card 1 (张三) from its emulator, central's own
 * simulated live capture as the camera still, the REAL JournalledServiceDesk against the REAL central in a child JVM,
 * and the REAL {@code cups} driver as the documentPrinter, printing through a private cupsd ({@link CupsRig}) whose
 * backend writes the job to a file. The PDF that came out of CUPS is read back: its text (title, masked ID number,
 * name), its QR code decoded from the rendered page (central's verification URL, which says the code is valid), and
 * the printed file itself checked AUTHENTIC by central's verify endpoint.
 */
class CertificateEndToEndTest {
    private static final String CERTIFICATE_ITEM = "社会保险个人参保证明打印";
    private static final String CERTIFICATE_TITLE = "社会保险个人参保证明";

    @RegisterExtension
    static final E2eSession SESSION = new E2eSession(new E2eKiosk.Options(true, true, false, Duration.ofSeconds(30)));

    @Test
    void theCertificateComesOutOfCupsWithTitleMaskedIdNameAndAQrThatCentralVerifies() throws Exception {
        E2eKiosk kiosk = SESSION.kiosk();
        kiosk.startWithZhangSansCard(kiosk.item(CERTIFICATE_ITEM));
        kiosk.faceToCamera();
        kiosk.await("the CHOOSE step after central's 人证比对", () -> kiosk.vm().screenProperty().get() == Screen.FLOW
                && kiosk.vm().flow().status().stateProperty().get() == FlowState.READY
                && kiosk.shows("#choice-year-1"));
        kiosk.tap("#choice-certificateKind-0");
        kiosk.tap("#choice-year-1");
        kiosk.tap("#flow-next");
        kiosk.rateAndGoHome("VERY_SATISFIED");

        List<Path> printed = kiosk.cups().printed();
        assertEquals(1, printed.size(), "one job out of CUPS: " + printed + "; cupsd log " + kiosk.cups().errorLog());
        assertTrue(kiosk.receipts().receipts().isEmpty(), "nothing on the receipt printer: "
                + kiosk.receipts().receipts());
        byte[] pdf = Files.readAllBytes(printed.get(0));
        int year = java.time.LocalDate.now().getYear() - 1;
        String url;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String unwrapped = text.replace("\r", "").replace("\n", "");
            assertTrue(unwrapped.contains(CERTIFICATE_TITLE + "（" + year + "年度）"), "the title: " + text);
            assertTrue(text.contains(IdNumber.mask(ReaderRig.ZHANG_SAN_ID)), "the masked ID number: " + text);
            assertTrue(text.contains("张三"), "the holder's name: " + text);
            url = qrOf(new PDFRenderer(document).renderImageWithDPI(0, 200));
        }
        assertTrue(url.startsWith(kiosk.central().url() + "/verify/"), "the QR is central's verification URL: "
                + url);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("核验码有效") && page.body().contains(CERTIFICATE_TITLE), page.body());
        HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, check.statusCode(), check.body());
        JsonNode report = ApiJson.mapper().readTree(check.body());
        assertEquals("AUTHENTIC", report.path("outcome").asText(), "the printed file is the issued one: " + report);

        for (String line : kiosk.log().everything()) {
            assertFalse(line.contains(ReaderRig.ZHANG_SAN_ID), "ID number in the log: " + line);
            assertFalse(line.contains("张三"), "name in the log: " + line);
        }
    }

    /** The QR code on the rendered page, decoded with ZXing. */
    static String qrOf(BufferedImage page) throws Exception {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(),
                pixels)));
        return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER,
                Boolean.TRUE)).getText();
    }
}
