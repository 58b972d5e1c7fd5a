package org.budayang.api.documents;

/**
 * {@code POST /api/v1/documents/receipts}: issue the receipt of an application (受理凭证,
 * 容缺受理通知, 一次性告知单) by its 办件编号.
 *
 * @param applicationNumber the 办件编号 the application was given, e.g. {@code SB-20250101-000123}
 */
public record IssueReceiptRequest(String applicationNumber) {
    public IssueReceiptRequest {
        applicationNumber = Texts.requireCode(applicationNumber, "IssueReceiptRequest.applicationNumber",
                "SB-20250101-000123");
    }
}
