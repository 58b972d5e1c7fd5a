package org.budayang.architecture.violations.driver;

import org.budayang.architecture.violations.api.ApiRecord;

/** Violates "driver-api depends on nothing of ours". */
public final class DriverApiNeedingApi {
    public String code(ApiRecord record) {
        return record.code();
    }
}
