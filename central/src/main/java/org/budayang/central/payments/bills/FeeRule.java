package org.budayang.central.payments.bills;

import java.time.LocalDate;
import java.util.Map;
import org.budayang.api.catalog.ServiceItem;

/** How one paid item's amount is computed from the department's real state; refusals are ApiExceptions. */
@FunctionalInterface
public interface FeeRule {
    /**
     * @param item   the catalogue item
     * @param payer  the payer's validated ID number
     * @param params the bill request's item-specific parameters
     * @param today  the day in Beijing time
     */
    Fee compute(ServiceItem item, String payer, Map<String, String> params, LocalDate today);
}
