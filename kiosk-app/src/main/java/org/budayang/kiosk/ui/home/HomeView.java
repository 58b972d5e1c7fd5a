package org.budayang.kiosk.ui.home;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.common.BlockButton;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.ItemButtons;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.identity.IdentityBanner;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/**
 * Home: the identification banner (when a card was placed), the four department tiles (2×2 portrait,
 * 4×1 landscape), search and 热门搜索 chips.
 */
public final class HomeView {
    private final VBox root = new VBox();
    private final HomeViewModel vm;
    private final ShellViewModel shell;
    private final CatalogTexts texts;
    private final Messages messages;
    private final GridPane tiles = new GridPane();
    private final VBox results = new VBox();
    private final Label resultsCaption = Widgets.text("", "screen-subtitle");
    private final Label notice = Widgets.text("", "notice-text");
    private final FlowPane hot = new FlowPane();
    private final int columns;

    public HomeView(HomeViewModel vm, ShellViewModel shell, CatalogTexts texts, Orientation orientation) {
        this.vm = vm;
        this.shell = shell;
        this.texts = texts;
        this.messages = texts.messages();
        this.columns = orientation == Orientation.PORTRAIT ? 2 : 4;
        root.getStyleClass().addAll("screen", "home");

        Label title = Widgets.text(messages.get("home.title"), "screen-title");
        TextField search = new TextField();
        search.setId("search-field");
        search.getStyleClass().add("search-field");
        search.setPromptText(messages.get("home.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setContextMenu(null);
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = Widgets.button(messages.get("home.search.clear"), vm::clearSearch);
        clear.setId("search-clear");
        clear.visibleProperty().bind(vm.searchingProperty());
        clear.managedProperty().bind(clear.visibleProperty());
        HBox searchRow = new HBox(search, clear);
        searchRow.setSpacing(16);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        hot.getStyleClass().add("hot-row");
        hot.setHgap(14);
        hot.setVgap(12);
        hot.setAlignment(Pos.CENTER_LEFT);
        vm.hotWords().addListener((ListChangeListener<String>) c -> rebuildHot());
        rebuildHot();

        buildGrid();
        vm.tiles().addListener((ListChangeListener<DepartmentTile>) c -> rebuildTiles());
        rebuildTiles();

        results.getStyleClass().add("results");
        results.setSpacing(14);
        ScrollPane resultsScroll = new ScrollPane(results);
        resultsScroll.getStyleClass().add("results-scroll");
        resultsScroll.setFitToWidth(true);
        resultsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox resultsBox = new VBox(resultsCaption, resultsScroll);
        resultsBox.setSpacing(14);
        VBox.setVgrow(resultsScroll, Priority.ALWAYS);
        vm.results().addListener((ListChangeListener<org.budayang.kiosk.ui.common.ItemEntry>) c -> rebuildResults());
        vm.searchTextProperty().addListener((obs, old, now) -> rebuildResults());

        StackPane content = new StackPane(tiles, resultsBox, notice);
        StackPane.setAlignment(notice, Pos.TOP_LEFT);
        VBox.setVgrow(content, Priority.ALWAYS);
        tiles.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.stateProperty().get() == CatalogState.READY && !vm.searchingProperty().get(),
                vm.stateProperty(), vm.searchingProperty()));
        resultsBox.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.stateProperty().get() == CatalogState.READY && vm.searchingProperty().get(),
                vm.stateProperty(), vm.searchingProperty()));
        notice.visibleProperty().bind(vm.stateProperty().isNotEqualTo(CatalogState.READY));
        notice.textProperty().bind(Bindings.createStringBinding(() -> vm.stateProperty().get() == CatalogState.NONE
                ? messages.get("home.catalog.none", messages.get("help.phone.general_number"))
                : messages.get("home.catalog.loading"), vm.stateProperty()));

        IdentityBanner banner = new IdentityBanner(shell.identification(), messages, shell::finish,
                orientation == Orientation.LANDSCAPE);
        if (orientation == Orientation.LANDSCAPE) {
            // 长者模式 on a landscape screen has no height to spare: the banner takes the 热门搜索 row's place
            hot.visibleProperty().bind(banner.root().visibleProperty().not()
                    .or(shell.themeProperty().isNotEqualTo(Theme.ELDER)));
            hot.managedProperty().bind(hot.visibleProperty());
        }
        root.getChildren().addAll(banner.root(), title, searchRow, hot, content);
        rebuildResults();
    }

    private void buildGrid() {
        tiles.getStyleClass().add("tiles");
        tiles.setHgap(24);
        tiles.setVgap(24);
        int rows = (4 + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            tiles.getRowConstraints().add(rc);
        }
    }

    private void rebuildTiles() {
        tiles.getChildren().clear();
        List<DepartmentTile> list = vm.tiles();
        for (int i = 0; i < list.size(); i++) {
            tiles.add(tile(list.get(i)), i % columns, i / columns);
        }
    }

    private Button tile(DepartmentTile t) {
        String departmentName = texts.department(t.department());
        Label name = Widgets.text(departmentName, "tile-name");
        if (departmentName.length() > 4) {
            // a language with long names (English) gets smaller type than 公安/税务
            name.getStyleClass().add("tile-name-long");
        }
        Label count = Widgets.text(messages.get("home.item_count", t.itemCount()), "tile-count");
        Label examples = Widgets.text(String.join("\n", t.examples()), "tile-examples");
        // 长者模式 shows fewer things: the tile is just the department and its count
        examples.visibleProperty().bind(shell.themeProperty().isNotEqualTo(Theme.ELDER));
        examples.managedProperty().bind(examples.visibleProperty());
        VBox box = new VBox(name, count, examples);
        box.getStyleClass().add("tile-box");
        Button b = new BlockButton(box);
        b.setId("tile-" + t.department().name());
        b.getStyleClass().add("tile");
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.setOnAction(e -> shell.openDepartment(t.department()));
        return b;
    }

    private void rebuildHot() {
        hot.getChildren().clear();
        if (vm.hotWords().isEmpty()) {
            return;
        }
        hot.getChildren().add(Widgets.text(messages.get("home.hot"), "hot-caption"));
        for (String word : vm.hotWords()) {
            Button chip = Widgets.button(word, () -> vm.applyHotWord(word), "chip");
            chip.getStyleClass().remove("kiosk-button");
            hot.getChildren().add(chip);
        }
    }

    private void rebuildResults() {
        results.getChildren().clear();
        String q = vm.searchTextProperty().get().strip();
        if (q.isEmpty()) {
            resultsCaption.setText("");
            return;
        }
        resultsCaption.setText(vm.results().isEmpty() ? messages.get("home.search.none", q)
                : messages.get("home.search.results", vm.results().size(), q));
        vm.results().forEach(e -> results.getChildren().add(ItemButtons.create(e, texts, shell::openItem)));
    }

    public Parent root() {
        return root;
    }
}
