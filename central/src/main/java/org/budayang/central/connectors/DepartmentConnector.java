package org.budayang.central.connectors;

import org.budayang.api.catalog.Department;
import org.budayang.api.services.DepartmentAvailability;

/**
 * What every department connector shares: which department it speaks for and whether that
 * department's system can serve now. Connector calls throw
 * {@link org.budayang.central.web.ApiException} with the codes of {@link DepartmentErrors}
 * (404 CITIZEN_NOT_FOUND, 503 DEPARTMENT_UNAVAILABLE, 502 DEPARTMENT_ERROR).
 */
public interface DepartmentConnector {
    Department department();

    /** The department system's state as the kiosk should show it (暂不可办 when UNAVAILABLE). */
    DepartmentAvailability availability();
}
