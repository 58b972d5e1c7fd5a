package org.budayang.api.documents;

import org.budayang.api.identity.IdNumber;

/**
 * {@code POST /api/v1/documents}: issue the certificate of an item (社保参保证明, 纳税记录…) for a
 * citizen identified at the kiosk.
 *
 * @param itemCode the 事项 implementation or basic code from the catalogue, e.g. {@code GG00031001}
 * @param idNumber the citizen's ID number; validated (GB 11643) and upper-cased here
 */
public record IssueCertificateRequest(String itemCode, String idNumber) {
    public IssueCertificateRequest {
        itemCode = Texts.requireCode(itemCode, "IssueCertificateRequest.itemCode", "620102-SB01-GG00031001");
        if (idNumber == null) {
            throw new IllegalArgumentException("IssueCertificateRequest.idNumber is required (18 characters)");
        }
        idNumber = IdNumber.parse(idNumber).value(); // InvalidIdNumberException names the problem, masked
    }

    /** Masked: the ID number never reaches a log through this record. */
    @Override
    public String toString() {
        return "IssueCertificateRequest[itemCode=" + itemCode + ", idNumber=" + IdNumber.mask(idNumber) + "]";
    }
}
