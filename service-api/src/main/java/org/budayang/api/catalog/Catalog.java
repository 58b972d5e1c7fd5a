package org.budayang.api.catalog;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The item catalogue central publishes to every kiosk ({@code GET /api/v1/catalog}).
 *
 * @param version     the catalogue's version, changes whenever any item changes
 * @param publishedAt when central published it
 * @param items       the items; implementation codes are unique
 */
public record Catalog(String version, Instant publishedAt, List<ServiceItem> items) {
    public Catalog {
        version = Checks.text("Catalog.version", version);
        Checks.present("Catalog.publishedAt", publishedAt);
        items = Checks.list("Catalog.items", items, true);
        Set<String> seen = new HashSet<>();
        for (ServiceItem item : items) {
            if (!seen.add(item.implementationCode())) {
                throw new IllegalArgumentException("Catalog " + version + " lists implementation code "
                        + item.implementationCode() + " twice");
            }
        }
    }

    public List<ServiceItem> byDepartment(Department department) {
        return items.stream().filter(i -> i.department() == department).toList();
    }

    public Optional<ServiceItem> find(String implementationCode) {
        return items.stream().filter(i -> i.implementationCode().equals(implementationCode)).findFirst();
    }

    public List<ServiceItem> search(String query) {
        return items.stream().filter(i -> i.matches(query)).toList();
    }
}
