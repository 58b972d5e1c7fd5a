package org.budayang.kiosk.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.availability.AvailabilityService;
import org.budayang.kiosk.ui.common.ItemEntry;
import org.budayang.kiosk.ui.shell.CatalogModel;

/** The home screen: the four departments with their item counts, and search by name or keyword. */
public final class HomeViewModel {
    /** How many item names a tile shows as a hint. */
    static final int EXAMPLES_PER_TILE = 3;

    private final CatalogModel catalog;
    private final AvailabilityService availability;
    private final List<String> hotWordCandidates;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<ItemEntry> results = FXCollections.observableArrayList();
    private final ObservableList<DepartmentTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<String> hotWords = FXCollections.observableArrayList();
    private final ObservableList<ItemEntry> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<DepartmentTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ObservableList<String> hotWordsView = FXCollections.unmodifiableObservableList(hotWords);
    private final ReadOnlyObjectWrapper<CatalogState> state = new ReadOnlyObjectWrapper<>(this, "state",
            CatalogState.LOADING);
    private final BooleanBinding searching = Bindings.createBooleanBinding(
            () -> !searchText.get().isBlank(), searchText);

    /**
     * @param catalog           the catalogue the kiosk has
     * @param availability      whether a found item can be done here now
     * @param hotWordCandidates common search words; only those that find an item are offered
     */
    public HomeViewModel(CatalogModel catalog, AvailabilityService availability, List<String> hotWordCandidates) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.availability = Objects.requireNonNull(availability, "availability");
        this.hotWordCandidates = List.copyOf(hotWordCandidates);
        catalog.loadedProperty().addListener((obs, old, now) -> rebuild());
        searchText.addListener((obs, old, now) -> {
            if (now == null) {
                searchText.set("");
            } else {
                search();
            }
        });
        rebuild();
    }

    private void rebuild() {
        Optional<Catalog> current = catalog.catalog();
        if (current.isEmpty()) {
            state.set(catalog.loaded() == null ? CatalogState.LOADING : CatalogState.NONE);
            tiles.setAll(emptyTiles());
            hotWords.clear();
        } else {
            Catalog c = current.get();
            state.set(CatalogState.READY);
            List<DepartmentTile> list = new ArrayList<>();
            for (Department d : Department.values()) {
                List<ServiceItem> items = c.byDepartment(d);
                list.add(new DepartmentTile(d, items.size(),
                        items.stream().limit(EXAMPLES_PER_TILE).map(ServiceItem::name).toList()));
            }
            tiles.setAll(list);
            hotWords.setAll(hotWordCandidates.stream().filter(w -> !c.search(w).isEmpty()).toList());
        }
        search();
    }

    private static List<DepartmentTile> emptyTiles() {
        List<DepartmentTile> list = new ArrayList<>();
        for (Department d : Department.values()) {
            list.add(new DepartmentTile(d, 0, List.of()));
        }
        return list;
    }

    private void search() {
        String q = searchText.get().strip();
        if (q.isEmpty()) {
            results.clear();
        } else {
            List<ServiceItem> found = catalog.catalog().map(c -> c.search(q)).orElse(List.of());
            results.setAll(found.stream().map(i -> new ItemEntry(i, availability.check(i))).toList());
        }
    }

    /** Checks the found items' availability again (a device's health changed). */
    public void refreshAvailability() {
        search();
    }

    /** Searches for one of the offered hot words. */
    public void applyHotWord(String word) {
        searchText.set(word);
    }

    public void clearSearch() {
        searchText.set("");
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanBinding searchingProperty() {
        return searching;
    }

    public ObservableList<ItemEntry> results() {
        return resultsView;
    }

    public ObservableList<DepartmentTile> tiles() {
        return tilesView;
    }

    public ObservableList<String> hotWords() {
        return hotWordsView;
    }

    public ReadOnlyObjectProperty<CatalogState> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
