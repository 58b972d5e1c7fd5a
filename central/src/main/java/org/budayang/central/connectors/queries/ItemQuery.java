package org.budayang.central.connectors.queries;

import java.util.Map;

/** Answers one item for one citizen through the item's department connector. */
@FunctionalInterface
public interface ItemQuery {
    /**
     * @param idNumber a validated ID number, or null for items without identification
     * @param params   item parameters (validated here: 400 INVALID_PARAMETER naming the parameter)
     */
    Answer answer(String idNumber, Map<String, String> params);
}
