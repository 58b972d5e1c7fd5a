package org.budayang.driver.runtime;

import java.util.Map;
import org.budayang.driver.DeviceStatus;

/**
 * Told by a {@link Supervisor} when a role's status changes. Called on a supervisor thread, one call
 * at a time and in order; must not block.
 */
@FunctionalInterface
public interface StatusListener {

    /**
     * @param role     the role whose status changed
     * @param status   its new status
     * @param snapshot every role's status right after the change (unmodifiable, in role order)
     */
    void changed(String role, DeviceStatus status, Map<String, DeviceStatus> snapshot);
}
