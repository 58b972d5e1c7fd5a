package org.budayang.api.services;

import org.budayang.api.catalog.Department;

/**
 * Whether a department's system can serve now ({@code GET /api/v1/departments}), so that the kiosk
 * shows 暂不可办 for its items while it is down.
 *
 * @param department the department
 * @param name       its short Chinese name, e.g. 社保
 * @param state      AVAILABLE, SLOW or UNAVAILABLE
 * @param reason     what the citizen reads, in Chinese (empty when available)
 */
public record DepartmentAvailability(Department department, String name, State state, String reason) {
    public enum State { AVAILABLE, SLOW, UNAVAILABLE }

    public DepartmentAvailability {
        Require.present("DepartmentAvailability.department", department);
        name = Require.text("DepartmentAvailability.name", name);
        Require.present("DepartmentAvailability.state of " + department, state);
        Require.present("DepartmentAvailability.reason of " + department, reason);
        if (state != State.AVAILABLE && reason.isBlank()) {
            throw new IllegalArgumentException("DepartmentAvailability of " + department + " is " + state
                    + " but gives no reason");
        }
    }
}
