package org.budayang.kiosk.ui.shell;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/** 返回 · 首页 · 帮助 and the 长者模式 switch (标准 | 长者), on every screen but attract. */
final class BottomBar {
    private final HBox root = new HBox();

    BottomBar(ShellViewModel vm, Messages messages) {
        root.getStyleClass().add("bottom-bar");
        root.setId("bottom-bar");
        Button back = Widgets.button(messages.get("common.back"), vm::back, "nav-button");
        back.setId("nav-back");
        Button home = Widgets.button(messages.get("common.home"), vm::goHome, "nav-button");
        home.setId("nav-home");
        Button help = Widgets.button(messages.get("common.help"), vm::openHelp, "nav-button");
        help.setId("nav-help");
        for (Button b : new Button[] {back, home, help}) {
            b.getStyleClass().remove("kiosk-button");
        }

        // the caption gives way first when a long language does not fit (the switch itself never does)
        Label caption = new Label(messages.get("theme.caption"));
        caption.getStyleClass().add("theme-caption");
        caption.setMinWidth(0);
        ToggleGroup group = new ToggleGroup();
        ToggleButton standard = toggle(messages.get("theme.standard"), group, "theme-standard-toggle",
                "theme-toggle-left");
        ToggleButton elder = toggle(messages.get("theme.elder"), group, "theme-elder-toggle", "theme-toggle-right");
        Runnable sync = () -> {
            standard.setSelected(vm.themeProperty().get() == Theme.STANDARD);
            elder.setSelected(vm.themeProperty().get() == Theme.ELDER);
        };
        standard.setOnAction(e -> {
            vm.setTheme(Theme.STANDARD);
            sync.run();
        });
        elder.setOnAction(e -> {
            vm.setTheme(Theme.ELDER);
            sync.run();
        });
        vm.themeProperty().addListener((obs, old, now) -> sync.run());
        sync.run();
        HBox themeSwitch = new HBox(standard, elder);
        root.getChildren().addAll(back, home, help, Widgets.grow(), caption, themeSwitch);
    }

    private static ToggleButton toggle(String text, ToggleGroup group, String id, String side) {
        ToggleButton t = new ToggleButton(text);
        t.setId(id);
        t.setToggleGroup(group);
        t.setFocusTraversable(false);
        t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        t.getStyleClass().addAll("theme-toggle", side);
        return t;
    }

    Parent root() {
        return root;
    }
}
