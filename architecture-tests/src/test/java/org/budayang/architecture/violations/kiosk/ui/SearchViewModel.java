package org.budayang.architecture.violations.kiosk.ui;

import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/** Clean: properties and observable collections only. */
public final class SearchViewModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyListWrapper<String> results = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    public StringProperty query() {
        return query;
    }

    public ReadOnlyListWrapper<String> results() {
        return results;
    }
}
