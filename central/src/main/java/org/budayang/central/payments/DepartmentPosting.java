package org.budayang.central.payments;

import org.budayang.central.payments.bills.StoredBill;

/**
 * Hands a paid bill to its department (罚款已缴 / 缴费已到账). Idempotent on the order number: posting an order the
 * department already took answers success. A department that refuses or cannot be reached throws
 * {@link org.budayang.central.web.ApiException} (the connectors' 503/502, or 409 with the department's reason);
 * central then refunds the order.
 */
@FunctionalInterface
public interface DepartmentPosting {
    void post(String orderNo, StoredBill bill, long amountFen);
}
