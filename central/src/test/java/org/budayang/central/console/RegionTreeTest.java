package org.budayang.central.console.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.budayang.central.console.data.KioskStatus;
import org.budayang.central.console.data.RegionCount;
import org.junit.jupiter.api.Test;

/** The fleet overview's region tree from 6- and 12-digit region codes. */
class RegionTreeTest {
    @Test
    void countsAddUpFromVillagesToTheProvince() {
        List<RegionTree.Node> tree = RegionTree.build(List.of(
                new RegionCount("620102", Map.of(KioskStatus.ONLINE, 2L)),
                new RegionCount("620102001001", Map.of(KioskStatus.OFFLINE, 1L)),
                new RegionCount("620102000000", Map.of(KioskStatus.ONLINE, 1L)),
                new RegionCount("622901", Map.of(KioskStatus.DEGRADED, 4L))));
        assertEquals(1, tree.size());
        RegionTree.Node gansu = tree.get(0);
        assertEquals("620000", gansu.code);
        assertEquals(8, gansu.total());
        RegionTree.Node lanzhou = gansu.children.get("620100");
        RegionTree.Node chengguan = lanzhou.children.get("620102");
        assertEquals(4, chengguan.total(), "620102 and 620102000000 are the same county, plus its village");
        assertEquals(3, chengguan.count(KioskStatus.ONLINE));
        RegionTree.Node town = chengguan.children.get("620102001000");
        assertEquals(1, town.children.get("620102001001").count(KioskStatus.OFFLINE));
        assertEquals(List.of("620000", "622900", "622901"), RegionTree.path("622901"));
    }
}
