package org.budayang.central.documents;

import java.util.Optional;

/**
 * Where document content comes from: the department connectors implement it for their
 * certificates (社保参保证明, 纳税记录…) and for application receipts (受理凭证, 一次性告知单).
 * The documents feature calls it, renders, signs and stores the result.
 */
public interface DocumentSource {

    /**
     * The content of the certificate an item issues for a citizen, or empty when this source does
     * not issue that item. Throws {@link org.budayang.central.web.ApiException} for a citizen the
     * department does not know (404 with a Chinese citizen message) or a department that is down (503).
     *
     * @param itemCode  the 事项 implementation code (or basic code) from the catalogue
     * @param idNumber  the citizen's validated 18-character ID number
     */
    Optional<DocumentContent> certificate(String itemCode, String idNumber);

    /**
     * The receipt of an application (受理凭证, 容缺受理通知, 一次性告知单) by its 办件编号, or empty
     * when no such application exists here.
     */
    Optional<DocumentContent> applicationReceipt(String applicationNumber);
}
