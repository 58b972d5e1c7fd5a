package org.budayang.architecture.violations.kiosk.core;

import org.budayang.architecture.violations.api.ApiRecord;

/** Follows "kiosk-core depends, of ours, only on service-api": it uses a service-api record only. */
public final class CoreConfig {
    public String region(ApiRecord record) {
        return record.toString();
    }
}
