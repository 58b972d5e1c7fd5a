package org.budayang.central.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders {@link DocumentContent} to an unsigned A4 portrait PDF: title, verification code and QR
 * code on the first page, holder block, sections (fields and tables that wrap and break across
 * pages, repeating the table header), notes, the issuing agency and date under the demo e-seal,
 * and a footer on every page with the verify address, the code and "第 n 页 / 共 m 页".
 * The font is embedded as a subset. Thread-safe: each call has its own document.
 */
public final class DocumentRenderer {
    private static final float QR_SIZE = 78f;
    private static final float TITLE_SIZE = 20f;
    private static final float BODY_SIZE = 10.5f;
    private static final float TABLE_SIZE = 9.5f;
    private static final float LABEL_WIDTH = 118f;

    private final CjkFont font;

    public DocumentRenderer(CjkFont font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    /** The rendered PDF and its page count. */
    public record Rendered(byte[] pdf, int pages) {
    }

    /**
     * @param content   what the document says
     * @param code      its verification code
     * @param verifyUrl the public address the QR code points to, {@code <publicBaseUrl>/verify/<code>}
     */
    public Rendered render(DocumentContent content, VerificationCode code, String verifyUrl) {
        try (CjkFont.Lease lease = font.borrow(); PDDocument document = new PDDocument()) {
            PDFont pdFont = lease.embedInto(document);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(content.title());
            info.setAuthor(content.issuingAgency());
            info.setSubject(content.kind() + " " + code.value());
            info.setCreator("Budayang central");
            int pages;
            try (PdfCanvas canvas = new PdfCanvas(document, pdFont, lease)) {
                header(canvas, content, code, verifyUrl);
                holder(canvas, content);
                for (DocumentContent.Section section : content.sections()) {
                    section(canvas, section);
                }
                notes(canvas, content.notes());
                closing(canvas, content);
                canvas.close();
                footers(document, canvas, code, verifyUrl);
                pages = canvas.pages().size();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return new Rendered(out.toByteArray(), pages);
        } catch (IOException e) {
            throw new UncheckedIOException("RENDER_FAILED: cannot render document " + content.kind() + " code "
                    + code.value() + ": " + e.getMessage(), e);
        }
    }

    private static void header(PdfCanvas canvas, DocumentContent content, VerificationCode code, String verifyUrl)
            throws IOException {
        PDPageContentStream cs = canvas.stream();
        float qrX = PdfCanvas.RIGHT - QR_SIZE;
        float qrY = PdfCanvas.TOP - QR_SIZE;
        QrPainter.draw(cs, verifyUrl, qrX, qrY, QR_SIZE);
        canvas.centred("扫码核验", 8f, qrX + QR_SIZE / 2f, qrY - 11f);
        float centre = PdfCanvas.A4.getWidth() / 2f;
        float titleWidth = PdfCanvas.WIDTH - 2f * (QR_SIZE + 12f);
        float baseline = PdfCanvas.TOP - 30f;
        for (String line : canvas.wrap(content.title(), TITLE_SIZE, titleWidth)) {
            canvas.centred(line, TITLE_SIZE, centre, baseline);
            baseline -= TITLE_SIZE * 1.35f;
        }
        canvas.centred("核验码：" + code.grouped(), 10f, centre, baseline - 4f);
        float below = Math.min(baseline - 18f, qrY - 22f);
        canvas.down(PdfCanvas.TOP - below);
        canvas.line(PdfCanvas.LEFT, canvas.y(), PdfCanvas.RIGHT, canvas.y(), 0.8f);
        canvas.down(20f);
    }

    private static void holder(PdfCanvas canvas, DocumentContent content) throws IOException {
        List<DocumentContent.Field> fields = new java.util.ArrayList<>();
        if (content.hasHolder()) {
            fields.add(new DocumentContent.Field("姓名", content.holderName()));
            fields.add(new DocumentContent.Field("公民身份号码", content.holderIdNumber()));
        }
        fields.add(new DocumentContent.Field("出具机构", content.issuingAgency()));
        fields.add(new DocumentContent.Field("事项编码", content.itemCode()));
        fields.add(new DocumentContent.Field("出具日期", chineseDate(content.issuedOn())));
        fields(canvas, fields);
        canvas.down(6f);
    }

    private static void section(PdfCanvas canvas, DocumentContent.Section section) throws IOException {
        canvas.ensure(60f);
        canvas.down(6f);
        PDPageContentStream cs = canvas.stream();
        cs.setNonStrokingColor(SealPainter.SEAL_RED);
        cs.addRect(PdfCanvas.LEFT, canvas.y() - 2f, 3f, 14f);
        cs.fill();
        cs.setNonStrokingColor(java.awt.Color.BLACK);
        canvas.text(canvas.printable(section.heading()), 13f, PdfCanvas.LEFT + 9f, canvas.y());
        canvas.down(22f);
        fields(canvas, section.fields());
        if (section.table() != null) {
            TablePainter.draw(canvas, section.table(), TABLE_SIZE);
        }
        canvas.down(8f);
    }

    private static void fields(PdfCanvas canvas, List<DocumentContent.Field> fields) throws IOException {
        float valueX = PdfCanvas.LEFT + LABEL_WIDTH;
        float lineHeight = BODY_SIZE * 1.6f;
        for (DocumentContent.Field field : fields) {
            List<String> label = canvas.wrap(field.label() + "：", BODY_SIZE, LABEL_WIDTH - 8f);
            List<String> value = canvas.wrap(field.value(), BODY_SIZE, PdfCanvas.RIGHT - valueX);
            int lines = Math.max(label.size(), value.size());
            canvas.ensure(lines * lineHeight);
            for (int i = 0; i < lines; i++) {
                float baseline = canvas.y() - i * lineHeight;
                if (i < label.size()) {
                    canvas.text(label.get(i), BODY_SIZE, PdfCanvas.LEFT + 4f, baseline);
                }
                if (i < value.size()) {
                    canvas.text(value.get(i), BODY_SIZE, valueX, baseline);
                }
            }
            canvas.down(lines * lineHeight);
        }
    }

    private static void notes(PdfCanvas canvas, List<String> notes) throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        canvas.ensure(40f);
        canvas.down(4f);
        canvas.text("说明：", BODY_SIZE, PdfCanvas.LEFT, canvas.y());
        canvas.down(BODY_SIZE * 1.6f);
        float lineHeight = TABLE_SIZE * 1.5f;
        for (int n = 0; n < notes.size(); n++) {
            String prefix = (n + 1) + ". ";
            float indent = canvas.width(prefix, TABLE_SIZE);
            List<String> lines = canvas.wrap(notes.get(n), TABLE_SIZE, PdfCanvas.WIDTH - 12f - indent);
            for (int i = 0; i < lines.size(); i++) {
                canvas.ensure(lineHeight);
                if (i == 0) {
                    canvas.text(prefix, TABLE_SIZE, PdfCanvas.LEFT + 12f, canvas.y());
                }
                canvas.text(lines.get(i), TABLE_SIZE, PdfCanvas.LEFT + 12f + indent, canvas.y());
                canvas.down(lineHeight);
            }
        }
    }

    /** The agency and date at the right, with the seal over them. */
    private static void closing(PdfCanvas canvas, DocumentContent content) throws IOException {
        float blockWidth = 230f;
        List<String> agency = canvas.wrap(content.issuingAgency(), 12f, blockWidth);
        canvas.ensure(170f);
        canvas.down(40f);
        float centre = PdfCanvas.RIGHT - blockWidth / 2f;
        float top = canvas.y();
        for (String line : agency) {
            canvas.centred(line, 12f, centre, canvas.y());
            canvas.down(18f);
        }
        canvas.centred(chineseDate(content.issuedOn()), 12f, centre, canvas.y());
        float sealCentreY = (top + canvas.y()) / 2f + 4f;
        SealPainter.draw(canvas.stream(), canvas.font(), centre, sealCentreY, 60f,
                canvas.printable(content.issuingAgency()));
        canvas.down(30f);
    }

    private static void footers(PDDocument document, PdfCanvas canvas, VerificationCode code, String verifyUrl)
            throws IOException {
        List<PDPage> pages = canvas.pages();
        List<String> urlLine = new ArrayList<>(canvas.wrap("扫描二维码或访问 " + verifyUrl + " 核验本文件真伪", 8f,
                PdfCanvas.WIDTH));
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream cs = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setStrokingColor(java.awt.Color.GRAY);
                cs.setLineWidth(0.5f);
                cs.moveTo(PdfCanvas.LEFT, 58f);
                cs.lineTo(PdfCanvas.RIGHT, 58f);
                cs.stroke();
                cs.setNonStrokingColor(java.awt.Color.DARK_GRAY);
                float baseline = 47f;
                for (String line : urlLine) {
                    footerText(cs, canvas.font(), line, PdfCanvas.LEFT, baseline);
                    baseline -= 10f;
                }
                footerText(cs, canvas.font(), "核验码 " + code.grouped(), PdfCanvas.LEFT, baseline);
                String page = "第 " + (i + 1) + " 页 / 共 " + pages.size() + " 页";
                float width = canvas.font().getStringWidth(page) / 1000f * 8f;
                footerText(cs, canvas.font(), page, PdfCanvas.RIGHT - width, baseline);
            }
        }
    }

    private static void footerText(PDPageContentStream cs, PDFont font, String text, float x, float y)
            throws IOException {
        cs.beginText();
        cs.setFont(font, 8f);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
