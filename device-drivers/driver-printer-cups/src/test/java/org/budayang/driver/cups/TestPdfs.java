package org.budayang.driver.cups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs the tests print, made with PDFBox: a one-page A4 note and a two-page A4 certificate in Chinese. */
final class TestPdfs {
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final String VERIFICATION_CODE = "YZM-2026-0427-8831";

    private TestPdfs() {
    }

    /** One A4 page of ASCII text (Helvetica): the contract's representative document. */
    static byte[] note(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                write(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14, 72, 770, text);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A two-page A4 certificate (参保缴费证明) in Chinese with the WenQuanYi Micro Hei TrueType font (Debian
     * fonts-wqy-microhei), with the verification code on both pages.
     */
    static byte[] certificate() {
        try (PDDocument document = new PDDocument();
             TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT.toFile())) {
            PDFont font = PDType0Font.load(document, collection.getFontByName("WenQuanYiMicroHei"), true);
            PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[][] pages = {
                {"社会保险参保缴费证明", "参保单位：兰州市城关区示范单位", "险种：城镇职工基本养老保险",
                    "缴费起止：2021年01月 至 2026年10月", "累计缴费月数：70"},
                {"缴费明细（续）", "2026年01月至10月 按月足额缴纳", "本证明可通过扫描二维码或登录政务服务网核验",
                    "出具机构：兰州市社会保险事业管理局", "出具日期：2026年11月27日"},
            };
            for (String[] lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    write(content, font, 24, 150, 760, lines[0]);
                    for (int i = 1; i < lines.length; i++) {
                        write(content, font, 14, 72, 700 - 30 * i, lines[i]);
                    }
                    write(content, latin, 12, 72, 120, "Verification code: " + VERIFICATION_CODE);
                    content.addRect(60, 60, 475, 740);
                    content.stroke();
                }
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean cjkFontPresent() {
        return Files.isRegularFile(CJK_FONT);
    }

    private static void write(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
