package org.budayang.architecture.violations.driver;

/** A clean driver-api class. */
public interface DeviceThing {
    String name();
}
