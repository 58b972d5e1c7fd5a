package org.budayang.api.documents;

/** What checking an uploaded PDF against a verification code found. */
public enum VerificationOutcome {
    /** Signed by central's document key, unchanged, and the very document issued under the code. */
    AUTHENTIC("文件真实有效：与签发时完全一致。"),
    /** Signed by central, but changed after signing (or damaged). */
    TAMPERED("文件已被篡改：签名后内容发生了变化，不能作为有效凭证。"),
    /** Not a document central issued under this code (another signer, or no record). */
    UNKNOWN("无法确认：这份文件不是本系统以该核验码签发的文件。"),
    /** A PDF without any signature. */
    NOT_SIGNED("文件没有电子签名，无法核验真伪。");

    private final String citizenMessage;

    VerificationOutcome(String citizenMessage) {
        this.citizenMessage = citizenMessage;
    }

    /** The Chinese sentence shown on the verify page. */
    public String citizenMessage() {
        return citizenMessage;
    }
}
