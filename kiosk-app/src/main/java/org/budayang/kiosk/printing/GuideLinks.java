package org.budayang.kiosk.printing;

import java.net.URI;
import java.util.Objects;
import org.budayang.api.ApiPaths;
import org.budayang.api.catalog.ServiceItem;

/**
 * Where a citizen's phone can read an item's 办事指南: the QR on the 一次性告知单 and the "用手机查看" way when
 * printing fails. The choice made here: central's public catalogue ({@code <central>/api/v1/catalog}, served
 * without authentication) with the item's implementation code as {@code ?item=}, so that the link works with
 * every central and needs no new configuration key. A province that publishes its guides on its
 * 政务服务网 passes that base instead ({@link #GuideLinks(URI)}).
 *
 * @param base the page the item code is appended to; http or https
 */
public record GuideLinks(URI base) {

    public GuideLinks {
        Objects.requireNonNull(base, "GuideLinks.base is required");
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException("GuideLinks.base must be an http(s) URL a phone can open, got " + base);
        }
        if (base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException("GuideLinks.base must have no query or fragment, got " + base);
        }
    }

    /** The public catalogue of {@code central} (its base URL, e.g. {@code http://127.0.0.1:8080}). */
    public static GuideLinks central(URI central) {
        Objects.requireNonNull(central, "central");
        String base = central.toString().replaceAll("/+$", "");
        return new GuideLinks(URI.create(base + ApiPaths.CATALOG));
    }

    /** The link to {@code item}'s guide, e.g. {@code http://central/api/v1/catalog?item=620102-YB01-QT00052001}. */
    public URI link(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        // implementation codes are [0-9A-Z-] only: nothing to escape
        return URI.create(base + "?item=" + item.implementationCode());
    }
}
