package org.budayang.api.documents;

/** HTTP paths of the documents feature: kiosk endpoints under /api/v1, the public verify page outside it. */
public final class DocumentPaths {
    /** {@code POST}: issue a certificate ({@link IssueCertificateRequest}). */
    public static final String DOCUMENTS = "/api/v1/documents";
    /** {@code POST}: issue an application receipt ({@link IssueReceiptRequest}). */
    public static final String RECEIPTS = DOCUMENTS + "/receipts";
    /** {@code GET}: the signed PDF of an issued document. */
    public static final String DOCUMENT = DOCUMENTS + "/{code}";
    /** Public: {@code GET} shows what was issued, {@code POST} with a PDF body checks it. */
    public static final String VERIFY = "/verify/{code}";

    private DocumentPaths() {
    }

    /** The path of the PDF of the document with that verification code. */
    public static String document(String code) {
        return DOCUMENTS + "/" + code;
    }

    /** The path of the public verify page of that verification code. */
    public static String verify(String code) {
        return "/verify/" + code;
    }
}
