package org.budayang.kiosk.ui.home;

import java.util.List;
import java.util.Objects;
import org.budayang.api.catalog.Department;

/**
 * What a department's tile on the home screen shows.
 *
 * @param department the department
 * @param itemCount  how many items the kiosk offers for it
 * @param examples   the names of its first few items, as a hint of what it covers
 */
public record DepartmentTile(Department department, int itemCount, List<String> examples) {
    public DepartmentTile {
        Objects.requireNonNull(department, "department");
        if (itemCount < 0) {
            throw new IllegalArgumentException("DepartmentTile.itemCount of " + department + ": " + itemCount
                    + " is negative");
        }
        examples = List.copyOf(examples);
    }
}
