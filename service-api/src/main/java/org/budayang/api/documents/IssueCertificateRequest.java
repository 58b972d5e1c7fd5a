package org.budayang.api.documents;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.api.identity.IdNumber;

/**
 * {@code POST /api/v1/documents}: issue the certificate of an item (社保参保证明, 纳税记录…) for a
 * citizen identified at the kiosk, or an item's notice that needs no identification (一次性告知单 of a
 * chosen business).
 *
 * @param itemCode the 事项 implementation or basic code from the catalogue, e.g. {@code GG00031001}
 * @param idNumber the citizen's ID number; validated (GB 11643) and upper-cased here. Null only for items that
 *                 identify nobody (central answers 400 MISSING_ID_NUMBER for the others)
 * @param params   the values the citizen chose in the item's CHOOSE/FILL steps, by input key (e.g. {@code year},
 *                 {@code certificateKind}, {@code business}); absent or null = none. At most 20 entries, keys of
 *                 at most 40 and values of at most 100 characters
 */
public record IssueCertificateRequest(String itemCode, String idNumber, Map<String, String> params) {
    /** Most entries {@link #params()} may have. */
    public static final int MAX_PARAMS = 20;

    public IssueCertificateRequest {
        itemCode = Texts.requireCode(itemCode, "IssueCertificateRequest.itemCode", "620102-SB01-GG00031001");
        if (idNumber != null) {
            idNumber = IdNumber.parse(idNumber).value(); // InvalidIdNumberException names the problem, masked
        }
        params = copy(params);
    }

    /** A certificate for a citizen without chosen values (the request before params existed). */
    public IssueCertificateRequest(String itemCode, String idNumber) {
        this(itemCode, requireIdNumber(idNumber), Map.of());
    }

    private static String requireIdNumber(String idNumber) {
        if (idNumber == null) {
            throw new IllegalArgumentException("IssueCertificateRequest.idNumber is required (18 characters)");
        }
        return idNumber;
    }

    private static Map<String, String> copy(Map<String, String> params) {
        if (params == null) {
            return Map.of();
        }
        if (params.size() > MAX_PARAMS) {
            throw new IllegalArgumentException("IssueCertificateRequest.params has " + params.size()
                    + " entries; at most " + MAX_PARAMS);
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().strip();
            if (!key.matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
                throw new IllegalArgumentException("IssueCertificateRequest.params has the key '"
                        + (key.length() > 40 ? key.substring(0, 40) + "…" : key)
                        + "', which is not 1-40 letters and digits starting with a letter (an input key of the item)");
            }
            if (e.getValue() == null || e.getValue().strip().length() > 100) {
                throw new IllegalArgumentException("IssueCertificateRequest.params." + key + " is "
                        + (e.getValue() == null ? "null; leave it out or give a value" : e.getValue().strip().length()
                        + " characters long; at most 100"));
            }
            copy.put(key, e.getValue().strip());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Masked: the ID number never reaches a log through this record (params are not shown either). */
    @Override
    public String toString() {
        return "IssueCertificateRequest[itemCode=" + itemCode + ", idNumber="
                + (idNumber == null ? "none" : IdNumber.mask(idNumber)) + ", params=" + params.keySet() + "]";
    }
}
