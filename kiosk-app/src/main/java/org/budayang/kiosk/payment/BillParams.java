package org.budayang.kiosk.payment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.ResultSection;
import org.budayang.api.services.ResultTable;

/**
 * The {@code params} of a bill request (docs/payments.md) from what the flow gathered before its PAY step: the values
 * of its CHOOSE/FILL steps as they are ({@code grade} and {@code payFor} of 城乡居民养老保险, {@code year} of 城乡居民医保)
 * and, for 交通违法罚款, the {@code decisionNo} of the first unpaid violation in the query result's table (column
 * {@value #DECISION_COLUMN}, {@value #STATUS_COLUMN} = {@value #UNPAID}) when the form names none. Items without
 * params (身份证补领工本费) get the form's values, which central ignores.
 */
public final class BillParams {
    public static final String DECISION_COLUMN = "决定书编号";
    public static final String STATUS_COLUMN = "缴款状态";
    public static final String UNPAID = "未缴款";

    private BillParams() {
    }

    /** @param result the flow's query result, or null when the flow queried nothing */
    public static Map<String, String> of(Map<String, String> form, QueryResult result) {
        Map<String, String> params = new LinkedHashMap<>(form);
        if (!params.containsKey("decisionNo") && result != null) {
            for (ResultSection section : result.sections()) {
                String decision = firstUnpaid(section.table());
                if (decision != null) {
                    params.put("decisionNo", decision);
                    break;
                }
            }
        }
        return params;
    }

    private static String firstUnpaid(ResultTable table) {
        if (table == null) {
            return null;
        }
        int decision = table.header().indexOf(DECISION_COLUMN);
        int status = table.header().indexOf(STATUS_COLUMN);
        if (decision < 0) {
            return null;
        }
        for (List<String> row : table.rows()) {
            if (status < 0 || UNPAID.equals(row.get(status))) {
                return row.get(decision);
            }
        }
        return null;
    }
}
