package org.budayang.central.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentRendererTest {
    private static DocumentRenderer renderer;
    private final SampleDocuments source = new SampleDocuments(60);

    @BeforeAll
    static void font() {
        renderer = new DocumentRenderer(CjkFont.bundled(2));
    }

    private static VerificationCode code() {
        return VerificationCode.random(new SecureRandom());
    }

    @Test
    void textReadBackHasTitleAgencyHolderCodeAndFields() throws Exception {
        VerificationCode code = code();
        DocumentContent content = source.pension("张小三", SampleDocuments.ZHANG);
        byte[] pdf = renderer.render(content, code, "http://127.0.0.1:8080/verify/" + code.value()).pdf();
        String text = PdfReading.text(pdf);
        for (String expected : List.of("社会保险个人参保证明", "兰州市城关区社会保险事业管理局", "张小三", SampleDocuments.ZHANG,
                code.grouped(), "企业职工基本养老保险、失业保险、工伤保险", "152 个月", "缴费明细", "2025年3月1日",
                "本证明自出具之日起三个月内有效", "电子印章", "演示专用")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void qrCodeDecodedFromTheRenderedPageIsTheVerifyUrl() throws Exception {
        VerificationCode code = code();
        String url = "http://127.0.0.1:8080/verify/" + code.value();
        byte[] pdf = renderer.render(source.pension("张小三", SampleDocuments.ZHANG), code, url).pdf();
        assertEquals(url, PdfReading.qrOfFirstPage(pdf));
    }

    @Test
    void longTablesBreakAcrossA4PagesWithTheHeaderRepeatedAndPageNumbers() throws Exception {
        VerificationCode code = code();
        DocumentRenderer.Rendered rendered = renderer.render(source.pension("张小三", SampleDocuments.ZHANG), code,
                "http://127.0.0.1:8080/verify/" + code.value());
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertEquals(rendered.pages(), document.getNumberOfPages());
            assertTrue(rendered.pages() >= 3, "60 table rows should need several pages, got " + rendered.pages());
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(595.28f, box.getWidth(), 0.5f);
                assertEquals(841.89f, box.getHeight(), 0.5f);
            }
        }
        String text = PdfReading.text(rendered.pdf());
        int headers = count(text, "费款所属期");
        assertEquals(rendered.pages(), headers, "the table header should start every page the table is on:\n" + text);
        assertTrue(text.contains("第 " + rendered.pages() + " 页 / 共 " + rendered.pages() + " 页"), text);
        assertTrue(text.contains("2027年12月"), "the last of 60 months is printed:\n" + text);
    }

    @Test
    void fontsAreEmbeddedSubsetsAndPagesStaySmall() throws Exception {
        VerificationCode code = code();
        DocumentRenderer.Rendered rendered = renderer.render(source.pension("张小三", SampleDocuments.ZHANG), code,
                "http://127.0.0.1:8080/verify/" + code.value());
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is not a subset");
                }
            }
        }
        assertFalse(fonts.isEmpty());
        long perPage = rendered.pdf().length / rendered.pages();
        assertTrue(perPage <= 100 * 1024, perPage + " bytes per page");
        VerificationCode single = code();
        DocumentRenderer.Rendered one = renderer.render(new SampleDocuments(3).pension("欧阳小娜", SampleDocuments.OUYANG),
                single, "http://127.0.0.1:8080/verify/" + single.value());
        assertEquals(1, one.pages());
        assertTrue(one.pdf().length <= 100 * 1024, one.pdf().length + " bytes for one page");
    }

    @Test
    void charactersTheFontLacksAndControlCharactersDoNotStopADocument() throws Exception {
        VerificationCode code = code();
        DocumentContent content = new DocumentContent("TEST", "测试\u0007证明", "某某局", "ITEM-1", "张😀三",
                SampleDocuments.ZHANG, SampleDocuments.ISSUED, List.of(new DocumentContent.Section("说明",
                List.of(new DocumentContent.Field("备注", "第一行\n第二行\tAVeryLongWordWithoutAnySpaceThatIsWiderThanTheValueColumnOfTheDocumentLayoutForSure")),
                null)), List.of());
        String text = PdfReading.text(renderer.render(content, code, "http://127.0.0.1/verify/" + code.value()).pdf());
        assertTrue(text.contains("张□三"), text);
        assertTrue(text.contains("第一行 第二行"), text);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
