package org.budayang.architecture.violations.api;

import org.budayang.architecture.violations.driver.DeviceThing;

/** Violates "service-api depends on nothing of ours". */
public record ApiNeedingDriver(DeviceThing device) {
}
