package org.budayang.architecture.violations.central;

import javafx.beans.property.SimpleStringProperty;

/** Violates "central never depends on JavaFX". */
public final class CentralUsingJavaFx {
    private final SimpleStringProperty name = new SimpleStringProperty("central");

    public String name() {
        return name.get();
    }
}
