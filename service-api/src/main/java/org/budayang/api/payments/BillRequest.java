package org.budayang.api.payments;

import java.util.Map;
import org.budayang.api.services.Require;

/**
 * {@code POST /api/v1/payments/bills}: what is due for a paid item, computed by central (the kiosk never decides an
 * amount). {@code params} name what is paid for, per item: {@code decisionNo} (交通违法 处罚决定书编号),
 * {@code grade} (城乡居民养老保险 缴费档次, e.g. 300), {@code year} (医保 缴费年度), {@code payFor} (SELF or the
 * family member's ID number); 身份证补领工本费 needs none.
 *
 * @param itemCode          the item's implementation or basic code
 * @param payerIdNumber     the ID number read from the payer's card
 * @param payerName         the payer's name from the card
 * @param params            item-specific, see above (may be empty)
 */
public record BillRequest(String itemCode, String payerIdNumber, String payerName, Map<String, String> params) {
    public BillRequest {
        itemCode = Require.text("BillRequest.itemCode", itemCode);
        payerIdNumber = Require.text("BillRequest.payerIdNumber", payerIdNumber);
        payerName = Require.text("BillRequest.payerName", payerName);
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    @Override
    public String toString() {
        return "BillRequest[" + itemCode + ", " + org.budayang.api.identity.IdNumber.mask(payerIdNumber) + ", "
                + params.keySet() + "]";
    }
}
