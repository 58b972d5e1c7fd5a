package org.budayang.provisioning.selftest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The self-test report as an A4 PDF for the site's records (Chinese and English), set in Noto Sans SC (TrueType,
 * subset embedded; the font comes from {@code com.helger.font:ph-fonts-noto-sans-sc} like central's documents).
 */
public final class PdfReport {
    static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float LEADING = 15;
    private static final int WRAP = 70;

    private PdfReport() {
    }

    public static byte[] render(SelftestReport report) {
        try (InputStream font = PdfReport.class.getClassLoader().getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("[SELFTEST-FONT-MISSING] " + FONT + " is not on the class path; the"
                        + " provisioning package must include com.helger.font:ph-fonts-noto-sans-sc");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.readAllBytes()));
            try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDType0Font type0 = PDType0Font.load(document, ttf, true);
                write(document, type0, lines(report));
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("[SELFTEST-PDF] cannot render the self-test report as PDF", e);
        }
    }

    static List<String> lines(SelftestReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("不打烊 信息亭设备自检报告 / Budayang kiosk self-test report");
        lines.add("信息亭 Kiosk: " + report.kiosk());
        lines.add("时间 Time: " + report.at());
        lines.add("结论 Result: " + (report.passed() ? "全部通过 all passed" : report.failures() + " 项失败 failed"));
        lines.add("");
        for (RoleResult result : report.results()) {
            lines.add((result.verdict() == Verdict.PASS ? "[通过 PASS] " : "[失败 FAIL] ") + result.role() + " ("
                    + result.driver() + "): " + result.check() + (result.verdict() == Verdict.PASS ? ""
                    : " — " + result.code()));
            lines.addAll(wrap("  " + result.detail()));
            if (!result.identity().isEmpty()) {
                lines.addAll(wrap("  型号/固件 Identity: " + result.identity()));
            }
            if (result.verdict() == Verdict.FAIL) {
                lines.addAll(wrap("  处理: " + result.adviceZh()));
                lines.addAll(wrap("  To do: " + result.adviceEn()));
            }
            lines.add("");
        }
        return lines;
    }

    private static List<String> wrap(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > WRAP) {
            parts.add(rest.substring(0, WRAP));
            rest = "    " + rest.substring(WRAP);
        }
        parts.add(rest);
        return parts;
    }

    private static void write(PDDocument document, PDType0Font font, List<String> lines) throws IOException {
        int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        for (int first = 0; first < lines.size(); first += perPage) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 10);
                content.setLeading(LEADING);
                content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
    }
}
