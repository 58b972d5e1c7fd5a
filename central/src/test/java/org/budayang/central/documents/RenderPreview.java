package org.budayang.central.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/** Writes a sample PDF to /tmp for a look (not a test). */
final class RenderPreview {
    public static void main(String[] args) throws Exception {
        DocumentRenderer renderer = new DocumentRenderer(CjkFont.bundled(1));
        SampleDocuments source = new SampleDocuments(Integer.parseInt(args[0]));
        VerificationCode code = VerificationCode.random(new SecureRandom());
        long t = System.nanoTime();
        DocumentRenderer.Rendered r = renderer.render(source.certificate(SampleDocuments.PENSION_ITEM,
                SampleDocuments.ZHANG).orElseThrow(), code, "http://127.0.0.1:8080/verify/" + code.value());
        System.out.println((System.nanoTime() - t) / 1e6 + " ms, " + r.pdf().length + " bytes, " + r.pages() + " pages");
        Files.write(Path.of("/tmp/preview.pdf"), r.pdf());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(r.pdf())) {
            var renderer2 = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                javax.imageio.ImageIO.write(renderer2.renderImageWithDPI(i, 100), "png", new java.io.File("/tmp/prev-" + i + ".png"));
            }
        }
    }
}
