package org.budayang.api.services;

import java.util.Map;

/**
 * {@code POST /api/v1/queries}: ask a department for a citizen's records under one item.
 *
 * @param itemCode the item's implementation code (or basic code), e.g. {@code 620102-SB01-GG00031001}
 * @param idNumber the citizen's 18-character ID number; may be null only for items without identification
 *                 (发票真伪查验)
 * @param params   item-specific parameters (e.g. {@code fromYear}, {@code toYear}); may be empty
 */
public record QueryRequest(String itemCode, String idNumber, Map<String, String> params) {
    public QueryRequest {
        itemCode = Require.text("QueryRequest.itemCode", itemCode);
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip();
        params = Require.map("QueryRequest.params", params);
    }

    @Override
    public String toString() {
        return "QueryRequest[" + itemCode + ", " + (idNumber == null ? "-" : org.budayang.api.identity.IdNumber
                .mask(idNumber)) + ", params " + params.keySet() + "]";
    }
}
