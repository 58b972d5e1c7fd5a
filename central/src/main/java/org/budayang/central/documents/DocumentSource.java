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
     * As {@link #certificate(String, String)}, with the values the citizen chose in the item's CHOOSE/FILL steps
     * ({@code year}, {@code certificateKind}, {@code business}…). {@code idNumber} is null for items that identify
     * nobody (a 一次性告知单 of a business); a source refuses it (400 MISSING_ID_NUMBER) where it needs one. The
     * default ignores the params and needs the ID number.
     */
    default Optional<DocumentContent> certificate(String itemCode, String idNumber, java.util.Map<String, String> params) {
        if (idNumber == null) {
            throw new org.budayang.central.web.ApiException(400, "MISSING_ID_NUMBER", "idNumber is required for a "
                    + "certificate of item " + itemCode, "请先刷身份证或输入身份证号码。");
        }
        return certificate(itemCode, idNumber);
    }

    /**
     * The receipt of an application (受理凭证, 容缺受理通知, 一次性告知单) by its 办件编号, or empty
     * when no such application exists here.
     */
    Optional<DocumentContent> applicationReceipt(String applicationNumber);
}
