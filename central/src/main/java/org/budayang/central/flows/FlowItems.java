package org.budayang.central.flows;

import org.budayang.api.catalog.ServiceItem;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.web.ApiException;

/**
 * The catalogue item an evaluation or transaction names: an unknown code is the kiosk's mistake in a record it
 * sends (400 {@code UNKNOWN_ITEM_CODE}), not a resource that is missing.
 */
public final class FlowItems {
    private final CatalogItems items;

    public FlowItems(CatalogItems items) {
        this.items = items;
    }

    public ServiceItem require(String field, String code) {
        try {
            return items.require(code);
        } catch (ApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            String shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
            throw ApiException.badRequest("UNKNOWN_ITEM_CODE", field + " '" + shown + "' is not an item of the "
                    + "current catalogue; send the implementationCode (or basicCode) of an item from GET "
                    + "/api/v1/catalog");
        }
    }
}
