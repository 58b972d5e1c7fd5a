package org.budayang.central.console.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budayang.central.console.data.KioskStatus;
import org.budayang.central.console.data.RegionCount;

/**
 * The region tree of the fleet overview: province (2 digits) → prefecture (4) → county (6) → township (9) →
 * village (12), each node summing the kiosks below it by status. Codes are written 6 digits down to the county
 * and 12 digits below it (统计用区划代码).
 */
final class RegionTree {
    /** One node: its code, its own and its children's counts. */
    static final class Node {
        final String code;
        final Map<KioskStatus, Long> counts = new EnumMap<>(KioskStatus.class);
        final Map<String, Node> children = new TreeMap<>();

        Node(String code) {
            this.code = code;
        }

        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        long count(KioskStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        List<Node> children() {
            return new ArrayList<>(children.values());
        }
    }

    private RegionTree() {
    }

    /** The provinces with everything below them. */
    static List<Node> build(List<RegionCount> regions) {
        Map<String, Node> roots = new TreeMap<>();
        for (RegionCount region : regions) {
            List<String> path = path(region.regionCode());
            Node node = roots.computeIfAbsent(path.get(0), Node::new);
            add(node, region);
            for (String code : path.subList(1, path.size())) {
                node = node.children.computeIfAbsent(code, Node::new);
                add(node, region);
            }
        }
        return new ArrayList<>(roots.values());
    }

    /** The codes from the province down to the region itself, without repeats (620100 under 620000…). */
    static List<String> path(String code) {
        String six = code.substring(0, 6);
        java.util.LinkedHashSet<String> path = new java.util.LinkedHashSet<>();
        path.add(six.substring(0, 2) + "0000");
        path.add(six.substring(0, 4) + "00");
        path.add(six);
        if (code.length() == 12 && !code.endsWith("000000")) {
            path.add(code.substring(0, 9) + "000");
            path.add(code);
        }
        return new ArrayList<>(path);
    }

    private static void add(Node node, RegionCount region) {
        region.byStatus().forEach((status, count) -> node.counts.merge(status, count, Long::sum));
    }
}
