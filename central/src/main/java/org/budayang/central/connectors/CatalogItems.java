package org.budayang.central.connectors;

import org.budayang.api.catalog.ServiceItem;
import org.budayang.central.catalog.CatalogRepository;
import org.budayang.central.web.ApiException;

/** Finds a catalogue item by implementation code or basic code; an unknown code answers 404 ITEM_NOT_FOUND. */
public final class CatalogItems {
    private final CatalogRepository catalogs;

    public CatalogItems(CatalogRepository catalogs) {
        this.catalogs = catalogs;
    }

    public ServiceItem require(String code) {
        String shown = code == null ? "null" : code.length() > 40 ? code.substring(0, 40) + "…" : code;
        if (code != null) {
            for (ServiceItem item : catalogs.current().items()) {
                if (item.implementationCode().equals(code) || item.basicCode().equals(code)) {
                    return item;
                }
            }
        }
        throw new ApiException(404, "ITEM_NOT_FOUND", "itemCode '" + shown + "' is not in catalogue "
                + catalogs.current().version() + "; use an implementationCode (or basicCode) from GET /api/v1/catalog.",
                "没有找到该事项，请返回首页重新选择。");
    }
}
