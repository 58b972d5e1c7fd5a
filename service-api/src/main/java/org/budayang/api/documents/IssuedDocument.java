package org.budayang.api.documents;

/**
 * What central answers when it has issued a document: the kiosk fetches the PDF from {@code url}
 * and prints it; anyone can check it at {@code verifyUrl}.
 *
 * @param code      the verification code printed on the document (16 characters, Crockford base32)
 * @param kind      the document kind, e.g. {@code SOCIAL_INSURANCE_CERTIFICATE}
 * @param title     the printed title, e.g. 社会保险个人参保证明
 * @param pages     number of A4 pages, at least 1
 * @param sizeBytes size of the signed PDF
 * @param url       path of the PDF on central, {@code /api/v1/documents/<code>}
 * @param verifyUrl the public verification address printed in the QR code
 */
public record IssuedDocument(String code, String kind, String title, int pages, long sizeBytes, String url,
                             String verifyUrl) {
    public IssuedDocument {
        if (code == null || !code.matches("[0-9A-HJKMNP-TV-Z]{16}")) {
            throw new IllegalArgumentException("IssuedDocument.code '" + code + "' is not 16 Crockford base32 characters");
        }
        Texts.requireText(kind, "IssuedDocument.kind");
        Texts.requireText(title, "IssuedDocument.title");
        if (pages < 1) {
            throw new IllegalArgumentException("IssuedDocument.pages " + pages + " must be at least 1");
        }
        if (sizeBytes < 1) {
            throw new IllegalArgumentException("IssuedDocument.sizeBytes " + sizeBytes + " must be positive");
        }
        Texts.requireText(url, "IssuedDocument.url");
        Texts.requireText(verifyUrl, "IssuedDocument.verifyUrl");
    }
}
