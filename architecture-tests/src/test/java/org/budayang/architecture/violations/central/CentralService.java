package org.budayang.architecture.violations.central;

import org.budayang.architecture.violations.api.ApiRecord;

/** Clean central code: service-api only. */
public final class CentralService {
    public ApiRecord find(String code) {
        return new ApiRecord(code);
    }
}
