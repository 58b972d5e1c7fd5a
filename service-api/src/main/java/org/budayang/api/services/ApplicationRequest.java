package org.budayang.api.services;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/applications}: submit an application (办件) for an item.
 *
 * @param itemCode           the item's implementation code (or basic code)
 * @param applicantIdNumber  the applicant's ID number (read from the card)
 * @param applicantName      the applicant's name (read from the card)
 * @param form               the item's form fields by name (see the item's form in the OpenAPI document)
 * @param materialsProvided  names of the catalogue materials the applicant provided (e.g. 居民身份证)
 * @param commitment         the signed 告知承诺书, for items with commitmentNotice; else null
 * @param deferral           the signed 容缺受理承诺书 when a deferrable material follows later; else null
 */
public record ApplicationRequest(String itemCode, String applicantIdNumber, String applicantName,
                                 Map<String, String> form, List<String> materialsProvided, SignedLetter commitment,
                                 SignedLetter deferral) {
    public ApplicationRequest {
        itemCode = Require.text("ApplicationRequest.itemCode", itemCode);
        applicantIdNumber = Require.text("ApplicationRequest.applicantIdNumber", applicantIdNumber);
        applicantName = Require.text("ApplicationRequest.applicantName", applicantName);
        form = Require.map("ApplicationRequest.form", form);
        materialsProvided = Require.list("ApplicationRequest.materialsProvided", materialsProvided);
    }

    @Override
    public String toString() {
        return "ApplicationRequest[" + itemCode + ", " + org.budayang.api.identity.IdNumber.mask(applicantIdNumber)
                + ", form " + form.keySet() + ", materials " + materialsProvided + "]";
    }
}
