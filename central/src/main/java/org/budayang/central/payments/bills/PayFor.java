package org.budayang.central.payments.bills;

import java.util.Map;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.connectors.PublicSecurityConnector;
import org.budayang.central.web.ApiException;

/** {@code params.payFor}: SELF (the default) or the ID number of a member of the payer's household (户). */
final class PayFor {
    private PayFor() {
    }

    static String beneficiary(PublicSecurityConnector publicSecurity, String payer, Map<String, String> params) {
        String payFor = params.getOrDefault("payFor", "SELF").strip();
        if (payFor.isEmpty() || payFor.equalsIgnoreCase("SELF")) {
            return payer;
        }
        String member = IdNumbers.require("params.payFor", payFor);
        if (member.equals(payer)) {
            return payer;
        }
        boolean family = publicSecurity.household(payer).members().stream()
                .anyMatch(m -> m.idNumber().equals(member));
        if (!family) {
            throw new ApiException(422, "PAY_FOR_NOT_FAMILY", "params.payFor names a person who is not registered in "
                    + "the payer's household (户); pay for SELF or for a member of the payer's household",
                    "只能为本人或同一户口的家庭成员缴费，请核对身份证号码。");
        }
        return member;
    }
}
