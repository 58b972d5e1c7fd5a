package org.budayang.architecture.violations.kiosk.core;

import javafx.beans.property.SimpleStringProperty;

/** Violates "kiosk-core has no JavaFX". */
public final class CoreUsingJavaFx {
    public Object title() {
        return new SimpleStringProperty("设备自检");
    }
}
