package org.budayang.kiosk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.KioskContext;
import org.budayang.kiosk.ui.attract.AttractView;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.department.DepartmentView;
import org.budayang.kiosk.ui.face.FaceCaptureView;
import org.budayang.kiosk.ui.flow.FlowEngine;
import org.budayang.kiosk.ui.flow.FlowRuntime;
import org.budayang.kiosk.ui.flow.FlowView;
import org.budayang.kiosk.ui.identity.IdentificationChoiceView;
import org.budayang.kiosk.ui.guide.GuideView;
import org.budayang.kiosk.ui.help.HelpView;
import org.budayang.kiosk.ui.help.NoticeView;
import org.budayang.kiosk.ui.home.HomeView;
import org.budayang.kiosk.ui.idle.IdleView;
import org.budayang.kiosk.ui.paused.OutOfServiceView;
import org.budayang.kiosk.ui.paused.OutOfServiceViewModel;
import org.budayang.kiosk.ui.printing.PrintProgressView;
import org.budayang.kiosk.ui.reprint.ReprintView;
import org.budayang.kiosk.ui.tech.HiddenCorner;
import org.budayang.kiosk.ui.tech.PinPadView;
import org.budayang.kiosk.ui.tech.TechnicianView;

/**
 * The kiosk's scene: attract, or the frame (header, screen, bottom bar) with its overlays, the idle
 * countdown and the hidden technician corner. Built once; screens show their view model's state.
 */
public final class KioskShell {
    private static final String CSS = "/org/budayang/kiosk/css/";

    private final ShellViewModel vm;
    private final Orientation orientation;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final Map<Screen, Parent> screens = new EnumMap<>(Screen.class);
    private final AttractView attract;
    private final GuideView guide;
    private final IdleView idle;
    private final PrintProgressView printing;
    private final OutOfServiceViewModel outOfService;
    private Scene scene;

    public KioskShell(KioskContext context) {
        this(context, FlowRuntime.standard(context.messages(), context.clock()));
    }

    /** @param runtime how the item flows run: their executors, the 长者模式 voice and the touch editors */
    public KioskShell(KioskContext context, FlowRuntime runtime) {
        Objects.requireNonNull(context, "context");
        this.vm = new ShellViewModel(context, runtime);
        this.orientation = context.config().orientation();
        Messages messages = context.messages();
        CatalogTexts texts = new CatalogTexts(messages);

        root.getStyleClass().add("kiosk-root");
        root.getStyleClass().add(orientation == Orientation.PORTRAIT ? "portrait" : "landscape");
        attract = new AttractView(vm.attract(), messages, vm::start);
        guide = new GuideView(vm.guide(), vm, texts, orientation);
        screens.put(Screen.HOME, new HomeView(vm.home(), vm, texts, orientation).root());
        screens.put(Screen.DEPARTMENT, new DepartmentView(vm.department(), vm, texts, orientation).root());
        screens.put(Screen.GUIDE, guide.root());
        Parent identify = new IdentificationChoiceView(vm.identificationChoice(), vm.identification(),
                messages, vm::openHelp, orientation).root();
        Parent face = new FaceCaptureView(vm.face(), messages, vm::openHelp, orientation).root();
        FlowEngine flow = vm.flow();
        if (flow != null) {
            identify = FlowView.wrap(identify, flow, messages);
            face = FlowView.wrap(face, flow, messages);
            screens.put(Screen.FLOW, new FlowView(flow, messages, runtime.editors()).root());
        }
        screens.put(Screen.IDENTIFY, identify);
        screens.put(Screen.FACE, face);

        javafx.scene.control.Label site = new javafx.scene.control.Label(context.config().siteName());
        site.getStyleClass().add("header-site");
        HBox header = new HBox(Widgets.line(messages.get("app.title"), "header-title"), Widgets.grow(), site);
        header.getStyleClass().add("header");
        frame.setTop(header);
        frame.setBottom(new BottomBar(vm, messages).root());

        Map<Overlay, Parent> overlays = new EnumMap<>(Overlay.class);
        overlays.put(Overlay.HELP, new HelpView(vm, messages).root());
        overlays.put(Overlay.START_NOTICE, new NoticeView(vm, messages).root());
        overlays.put(Overlay.PIN_PAD, new PinPadView(vm.pinPad(), messages, vm::closeOverlay).root());
        overlays.put(Overlay.TECHNICIAN, new TechnicianView(vm.technician(), messages, vm::closeOverlay).root());
        overlays.forEach((o, node) -> node.visibleProperty().bind(vm.overlayProperty().isEqualTo(o)));
        idle = new IdleView(vm.idle(), messages);
        HiddenCorner corner = new HiddenCorner(context.longPress(), vm::openPinPad);

        // 暂停服务 covers the screens once no session is open; the technician corner and overlays stay above it
        outOfService = new OutOfServiceViewModel(vm.screenProperty().isEqualTo(Screen.ATTRACT));
        Parent paused = new OutOfServiceView(outOfService, messages, context.config().siteName()).root();
        root.getChildren().addAll(frame, attract.root(), paused, corner.node());
        root.getChildren().addAll(overlays.values());
        root.getChildren().add(new ReprintView(vm.reprint(), messages, context.clock().getZone(), vm::openHelp).root());
        printing = new PrintProgressView(vm.printing(), messages);
        root.getChildren().add(printing.root());
        root.getChildren().add(idle.root());

        vm.screenProperty().addListener((obs, old, now) -> show(now));
        vm.themeProperty().addListener((obs, old, now) -> applyTheme(now));
        show(vm.screenProperty().get());
    }

    private void show(Screen s) {
        boolean attracting = s == Screen.ATTRACT;
        attract.root().setVisible(attracting);
        frame.setVisible(!attracting);
        frame.setCenter(attracting ? null : screens.get(s));
        if (attracting) {
            idle.stop();
            attract.start();
        } else {
            attract.stop();
            idle.start();
        }
    }

    /** A scene of the orientation's size with the kiosk's style sheets and input filters. */
    public Scene createScene() {
        if (scene != null) {
            throw new IllegalStateException("KioskShell.createScene called twice; the shell has one scene");
        }
        scene = new Scene(root, orientation.width(), orientation.height());
        scene.getStylesheets().add(stylesheet("kiosk.css"));
        scene.getStylesheets().add(stylesheet(themeSheet(vm.themeProperty().get())));
        scene.getStylesheets().add(stylesheet("identity.css"));
        scene.getStylesheets().add(stylesheet("flow.css"));
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (isUserInput(e)) {
                vm.idle().activity();
            }
        });
        Lockdown.lock(scene);
        applyTheme(vm.themeProperty().get());
        return scene;
    }

    /**
     * Whether an event is the citizen's input. Entered/exited events are not: the toolkit derives them
     * when the scene changes under a resting pointer (for instance when the countdown itself appears).
     */
    static boolean isUserInput(InputEvent e) {
        EventType<? extends Event> type = e.getEventType();
        return !(type == MouseEvent.MOUSE_ENTERED || type == MouseEvent.MOUSE_EXITED
                || type == MouseEvent.MOUSE_ENTERED_TARGET || type == MouseEvent.MOUSE_EXITED_TARGET
                || type == MouseDragEvent.MOUSE_DRAG_ENTERED || type == MouseDragEvent.MOUSE_DRAG_EXITED
                || type == MouseDragEvent.MOUSE_DRAG_ENTERED_TARGET || type == MouseDragEvent.MOUSE_DRAG_EXITED_TARGET);
    }

    private void applyTheme(Theme t) {
        root.getStyleClass().removeAll("theme-standard", "theme-elder");
        root.getStyleClass().add(t == Theme.ELDER ? "theme-elder" : "theme-standard");
        if (scene != null) {
            scene.getStylesheets().set(1, stylesheet(themeSheet(t)));
        }
    }

    private static String themeSheet(Theme t) {
        return t == Theme.ELDER ? "theme-elder.css" : "theme-standard.css";
    }

    private String stylesheet(String name) {
        return Objects.requireNonNull(KioskShell.class.getResource(CSS + name), "style sheet " + CSS + name)
                .toExternalForm();
    }

    /** Stops the timers (when leaving kiosk mode). */
    public void stop() {
        vm.stop();
        attract.stop();
        idle.stop();
    }

    /** Out of service (暂停服务) as central ops order it. */
    public OutOfServiceViewModel outOfService() {
        return outOfService;
    }

    public ShellViewModel viewModel() {
        return vm;
    }

    public GuideView guideView() {
        return guide;
    }

    public PrintProgressView printView() {
        return printing;
    }

    public AttractView attractView() {
        return attract;
    }

    public Parent root() {
        return root;
    }
}
