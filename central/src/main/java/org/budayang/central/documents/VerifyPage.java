package org.budayang.central.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.budayang.api.documents.VerificationOutcome;
import org.budayang.api.documents.VerificationReport;

/**
 * The public verify pages: Chinese, readable on a phone, self-contained (one inline style sheet,
 * allowed by its hash in the Content-Security-Policy; no script, no external resource), every
 * value HTML-escaped. Personal data appears only masked.
 */
final class VerifyPage {
    private static final String STYLE = "body{font-family:system-ui,'PingFang SC','Noto Sans SC','Microsoft YaHei',"
            + "sans-serif;margin:0;background:#f5f5f5;color:#222;line-height:1.6}"
            + "main{max-width:36rem;margin:0 auto;padding:1rem}"
            + "h1{font-size:1.4rem;margin:.5rem 0 1rem}"
            + ".box{background:#fff;border-radius:.5rem;padding:1rem;margin-bottom:1rem}"
            + ".ok{border-left:.4rem solid #1a7f37}.bad{border-left:.4rem solid #c62828}.warn{border-left:.4rem solid #b26a00}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}dt{color:#666}dd{margin:0}"
            + "p.result{font-size:1.15rem;font-weight:bold}"
            + "input,button{font-size:1rem;margin:.4rem 0}button{padding:.5rem 1.2rem}"
            + "small{color:#666}";
    /** The Content-Security-Policy of these pages: nothing but the inline style above and posting the form here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + styleHash()
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private VerifyPage() {
    }

    /** What was issued under a known code, with the upload form. */
    static String issued(StoredDocument document) {
        String code = document.code().value();
        return page("文件核验", box("ok", "<p class=\"result\">核验码有效：本系统出具过以下文件。</p>" + details(document)
                + "<p><small>请核对纸质或电子文件上的内容与以上信息一致。</small></p>") + uploadForm(code));
    }

    static String unknown(VerificationCode code) {
        return page("文件核验", box("bad", "<p class=\"result\">未找到核验码 " + escape(code.grouped())
                + " 对应的文件。</p><p>本系统没有出具过使用该核验码的文件。请核对核验码是否输入正确；"
                + "若核验码无误，该文件可能是伪造的。</p>"));
    }

    static String malformed(String reason) {
        return page("核验码格式错误", box("bad", "<p class=\"result\">核验码格式不正确。</p>"
                + "<p>核验码由16位数字和字母组成，例如 7K3M-Q9TX-2HVD-8RNC，请核对后重新输入或重新扫描二维码。</p>"
                + "<p><small>" + escape(reason) + "</small></p>"));
    }

    static String badUpload(String message) {
        return page("无法核验", box("warn", "<p class=\"result\">" + escape(message) + "</p>"));
    }

    /** The result of checking an uploaded PDF. */
    static String result(VerificationReport report, StoredDocument document) {
        String tone = report.outcome() == VerificationOutcome.AUTHENTIC ? "ok" : "bad";
        String body = "<p class=\"result\">" + escape(report.message()) + "</p>";
        if (document != null) {
            body += details(document);
        }
        body += "<p><small>核验结论：" + report.outcome().name() + "</small></p>";
        return page("文件核验结果", box(tone, body) + uploadForm(report.code()));
    }

    private static String details(StoredDocument d) {
        return "<dl>" + row("文件名称", d.title()) + row("出具机构", d.issuingAgency())
                + row("出具日期", DocumentRenderer.chineseDate(d.issuedOn())) + row("持有人", d.holderNameMasked())
                + row("公民身份号码", d.idNumberMasked().isEmpty() ? "—" : d.idNumberMasked()) + row("页数", String.valueOf(d.pageCount()))
                + row("核验码", d.code().grouped()) + "</dl>";
    }

    private static String uploadForm(String code) {
        return box("", "<p>核验电子文件是否被篡改：请选择收到的PDF文件上传。</p>"
                + "<form method=\"post\" action=\"/verify/" + escape(code) + "\" enctype=\"multipart/form-data\">"
                + "<input type=\"file\" name=\"pdf\" accept=\"application/pdf\" required><br>"
                + "<button type=\"submit\">核验文件</button></form>");
    }

    private static String row(String label, String value) {
        return "<dt>" + escape(label) + "</dt><dd>" + escape(value) + "</dd>";
    }

    private static String box(String tone, String html) {
        return "<section class=\"box " + tone + "\">" + html + "</section>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + " · 政务服务文件核验</title>"
                + "<style>" + STYLE + "</style></head><body><main><h1>" + escape(title) + "</h1>" + body
                + "<p><small>本页面由政务服务自助终端中心系统提供，个人信息已脱敏显示。</small></p></main></body></html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String styleHash() {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(STYLE.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
