package org.budayang.kiosk.ui.shell;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.printing.PrintTarget;
import org.budayang.kiosk.ui.KioskContext;
import org.budayang.kiosk.ui.attract.AttractViewModel;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.department.DepartmentViewModel;
import org.budayang.kiosk.ui.face.FaceCaptureViewModel;
import org.budayang.kiosk.ui.flow.FlowEngine;
import org.budayang.kiosk.ui.flow.FlowRuntime;
import org.budayang.kiosk.ui.guide.GuideViewModel;
import org.budayang.kiosk.ui.home.HomeViewModel;
import org.budayang.kiosk.ui.identity.IdentificationChoiceViewModel;
import org.budayang.kiosk.ui.identity.IdentificationFlow;
import org.budayang.kiosk.ui.identity.IdentificationViewModel;
import org.budayang.kiosk.ui.idle.IdleViewModel;
import org.budayang.kiosk.ui.printing.PrintProgressViewModel;
import org.budayang.kiosk.ui.reprint.ReprintViewModel;
import org.budayang.kiosk.ui.tech.PinPadViewModel;
import org.budayang.kiosk.ui.tech.TechnicianViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Navigation, overlays, theme and the session wipe. Screens are at most three levels deep
 * (home → department → guide); 返回 goes one level up, 首页 to the top, and the idle expiry back to
 * attract with every trace of the citizen gone.
 *
 * <p>ID card and 社保卡: {@link CardEvents}. 开始办理 on a guide runs the item's steps ({@link ItemSteps}:
 * identification, then the {@link FlowEngine} when the kiosk has a service desk); the end of a service goes home
 * with the citizen wiped.
 */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);
    /** Items per department page: standard and 长者模式 (fewer, bigger). */
    public static final int PAGE_SIZE_STANDARD = 8;
    public static final int PAGE_SIZE_ELDER = 4;

    private final Messages messages;
    private final Theme startTheme;
    private final ScreenHistory nav = new ScreenHistory();
    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay", Overlay.NONE);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyIntegerWrapper wipes = new ReadOnlyIntegerWrapper(this, "wipes");
    private final ReadOnlyStringWrapper helpPhone = new ReadOnlyStringWrapper(this, "helpPhone", "");
    private final ReadOnlyStringWrapper helpPhoneCaption = new ReadOnlyStringWrapper(this, "helpPhoneCaption", "");

    private final AttractViewModel attract;
    private final HomeViewModel home;
    private final DepartmentViewModel department;
    private final GuideViewModel guide;
    private final IdleViewModel idle;
    private final PinPadViewModel pinPad;
    private final TechnicianViewModel technician;
    private final IdentificationFlow identifying;
    private final ItemSteps steps;
    private final CardEvents cards;
    private final IdentificationViewModel identification;
    private final PrintProgressViewModel printing;
    private final GuideNotice notice;
    private final ReprintViewModel reprint;
    private final AutoCloseable cardEvents;
    private final AutoCloseable socialCardEvents;
    private final AutoCloseable deviceChanges;

    public ShellViewModel(KioskContext context) {
        this(context, FlowRuntime.standard(context.messages(), context.clock()));
    }

    /**
     * @param runtime how the item flows run (their executors and voice); used only when the context has a desk
     */
    public ShellViewModel(KioskContext context, FlowRuntime runtime) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(runtime, "runtime");
        KioskConfig config = context.config();
        this.messages = context.messages();
        this.startTheme = config.theme();
        theme.set(startTheme);
        attract = new AttractViewModel(config.siteName(), messages, context.clock());
        home = new HomeViewModel(context.catalog(), context.availability(),
                Arrays.stream(messages.get("home.hot_words").split(",")).map(String::strip).toList());
        department = new DepartmentViewModel(context.catalog(), context.availability());
        guide = new GuideViewModel(context.catalog(), context.availability(),
                context.printing().configured(PrintTarget.RECEIPT));
        idle = new IdleViewModel(context.clock(), config.idleTimeout(), config.idleCountdown(), this::wipe);
        pinPad = new PinPadViewModel(context.gate(), messages, context.clock().getZone(),
                () -> overlay.set(Overlay.TECHNICIAN));
        technician = new TechnicianViewModel(context.catalog(), messages, context.clock().getZone(),
                config.siteName(), config.regionCode(), context.centralUrl(), context.exitKioskMode(),
                context.devices().snapshot());
        steps = ItemSteps.create(context, runtime, new ItemSteps.Frames(nav::shown, this::enterStep,
                this::backToGuide, () -> overlay.set(Overlay.START_NOTICE),
                () -> endSession("the service finished", Screen.HOME)), theme);
        // the technician panel opens on its main page next time, whichever way it was closed (返回, idle wipe…)
        overlay.addListener((o, was, now) -> {
            if (now != Overlay.TECHNICIAN) {
                technician.closePage();
            }
        });
        if (steps.flow() != null) {
            // a note going in is the citizen at work (notes make no touch); a QR payment has its own countdown
            steps.flow().pay().creditedProperty().addListener((o, was, now) -> idle.activity());
            idle.holdWhile(() -> steps.flow().pay().phaseProperty().get() == org.budayang.kiosk.ui.flow.PayPhase.QR);
        }
        identifying = steps.identifying();
        identification = identifying.identification();
        printing = new PrintProgressViewModel(context.printing(), messages, context.availability()::deviceProblem);
        notice = new GuideNotice(guide, printing, idle, messages, context.centralUrl(), config.siteName(),
                context.clock());
        reprint = new ReprintViewModel(context.desk(), runtime.work(), runtime.fx());
        cards = new CardEvents(nav::shown, identifying, idle, this::start, this::endSession, reprint);
        cardEvents = context.cardReader().onCardEvent(this::cardEvent);
        socialCardEvents = context.identity().socialCards().onCardEvent(this::socialCardEvent);
        deviceChanges = context.devices().onChange(this::devicesChanged);
        department.pageSizeProperty().set(pageSize(startTheme));
        theme.addListener((obs, old, now) -> department.pageSizeProperty().set(pageSize(now)));
        nav.screenProperty().addListener((obs, old, now) -> idle.setArmed(now != Screen.ATTRACT));
    }

    private static int pageSize(Theme t) {
        return t == Theme.ELDER ? PAGE_SIZE_ELDER : PAGE_SIZE_STANDARD;
    }

    /** The attract screen was touched. */
    public void start() {
        if (nav.shown() == Screen.ATTRACT) {
            nav.clear();
            nav.go(Screen.HOME);
        }
    }

    public void openDepartment(Department d) {
        department.select(d);
        nav.forward(Screen.DEPARTMENT);
    }

    public void openItem(ServiceItem item) {
        guide.show(item);
        nav.forward(Screen.GUIDE);
    }

    /** 返回: one level up (from home it stays home). */
    public void back() {
        overlay.set(Overlay.NONE);
        if (steps.back()) {
            return;
        }
        Screen from = nav.shown();
        Screen to = nav.pop();
        if (from == Screen.GUIDE) {
            guide.clear();
        }
        if (from == Screen.DEPARTMENT) {
            department.clear();
        }
        if (to == Screen.DEPARTMENT) {
            department.refresh();
        }
        nav.go(to);
    }

    /** 首页: the departments again, with no search and nothing selected. */
    public void goHome() {
        overlay.set(Overlay.NONE);
        nav.clear();
        steps.leave();
        guide.clear();
        department.clear();
        home.clearSearch();
        nav.go(Screen.HOME);
    }

    public void openHelp() {
        if (steps.helpOnStep()) {
            return;
        }
        Screen shown = nav.shown();
        ServiceItem item = shown == Screen.GUIDE || shown == Screen.IDENTIFY || shown == Screen.FACE ? guide.item()
                : null;
        helpPhone.set(item != null ? item.guide().consultationPhone() : messages.get("help.phone.general_number"));
        helpPhoneCaption.set(messages.get(item != null ? "help.phone.item" : "help.phone.general"));
        overlay.set(Overlay.HELP);
    }

    /**
     * 开始办理: the item's flow runs (identification first where it identifies); without a service desk
     * identification ends in the honest notice that the rest is not available here.
     */
    public void startItem() {
        guide.refreshAvailability();
        if (!guide.canStartProperty().get()) {
            return;
        }
        ServiceItem item = guide.item();
        if (item == null) {
            overlay.set(Overlay.START_NOTICE);
            return;
        }
        steps.start(item);
    }

    private void enterStep(Screen step) {
        overlay.set(Overlay.NONE);
        nav.enterStep(step);
    }

    private void backToGuide() {
        if (nav.backToGuide()) {
            guide.refreshAvailability();
        }
    }

    /** 打印一次性告知单 on the guide: the shown item's notice on the receipt printer, as a new request. */
    public void printNotice() {
        ServiceItem item = nav.shown() == Screen.GUIDE ? guide.item() : null;
        if (item == null) {
            return;
        }
        notice.print(item);
    }

    /** The hidden long press on the corner. */
    public void openPinPad() {
        pinPad.reset();
        overlay.set(Overlay.PIN_PAD);
    }

    public void closeOverlay() {
        if (overlay.get() == Overlay.PIN_PAD) {
            pinPad.reset();
        }
        overlay.set(Overlay.NONE);
    }

    public void setTheme(Theme t) {
        theme.set(Objects.requireNonNull(t, "theme"));
    }

    public void toggleTheme() {
        setTheme(theme.get() == Theme.ELDER ? Theme.STANDARD : Theme.ELDER);
    }

    /** A card was placed on or taken off the ID card reader (FX thread); see {@link CardEvents}. */
    public void cardEvent(CardEvent event) {
        if (overlay.get() == Overlay.TECHNICIAN) {
            // the technician's test card (设备自检) starts no citizen identification behind the panel
            return;
        }
        cards.idCard(event);
    }

    /** A 社保卡 was inserted or pulled (FX thread); see {@link CardEvents}. */
    public void socialCardEvent(CardEvent event) {
        cards.socialCard(event);
    }

    /**
     * A device's health changed (delivered on the FX thread): every shown item's availability is checked
     * again, and the technician panel shows the new health.
     */
    public void devicesChanged(Map<DeviceRole, DeviceStatus> snapshot) {
        home.refreshAvailability();
        department.refresh();
        guide.refreshAvailability();
        printing.printerChanged();
        technician.showDevices(snapshot);
        identifying.devicesChanged();
    }

    /** 结束办理: the citizen ends the session. */
    public void finish() {
        endSession("the citizen pressed 结束办理");
    }

    /** Back to attract with every trace of the session gone (idle expiry). */
    public void wipe() {
        endSession("idle expiry");
    }

    private void endSession(String why) {
        endSession(why, Screen.ATTRACT);
    }

    private void endSession(String why, Screen to) {
        steps.wipe();
        printing.wipe();
        reprint.wipe();
        overlay.set(Overlay.NONE);
        pinPad.reset();
        home.clearSearch();
        guide.clear();
        department.clear();
        nav.clear();
        theme.set(startTheme);
        nav.go(to);
        wipes.set(wipes.get() + 1);
        LOG.info("Session ended ({}); identity, search, selection, history and theme wiped", why);
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return nav.screenProperty();
    }

    public ReadOnlyObjectProperty<Overlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty historyDepthProperty() {
        return nav.depthProperty();
    }

    /** Counts the wipes; views reset their own state (scroll positions, focus) when it changes. */
    public ReadOnlyIntegerProperty wipesProperty() {
        return wipes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty helpPhoneProperty() {
        return helpPhone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty helpPhoneCaptionProperty() {
        return helpPhoneCaption.getReadOnlyProperty();
    }

    public AttractViewModel attract() {
        return attract;
    }

    public HomeViewModel home() {
        return home;
    }

    public DepartmentViewModel department() {
        return department;
    }

    public GuideViewModel guide() {
        return guide;
    }

    public IdleViewModel idle() {
        return idle;
    }

    public PinPadViewModel pinPad() {
        return pinPad;
    }

    public TechnicianViewModel technician() {
        return technician;
    }

    public PrintProgressViewModel printing() {
        return printing;
    }

    public ReprintViewModel reprint() {
        return reprint;
    }

    public IdentificationViewModel identification() {
        return identification;
    }

    public IdentificationChoiceViewModel identificationChoice() {
        return identifying.choice();
    }

    public FaceCaptureViewModel face() {
        return identifying.face();
    }

    /** The item flow engine, or null when the kiosk has no service desk. */
    public FlowEngine flow() {
        return steps.flow();
    }

    /** Whether a citizen is identified now. */
    public boolean identified() {
        return identifying.identified();
    }

    /** Stops listening to the card reader (the shell is being closed). */
    public void stop() {
        steps.wipe();
        try {
            socialCardEvents.close();
            cardEvents.close();
            deviceChanges.close();
        } catch (Exception e) {
            LOG.warn("Could not unregister from the device events: {}", e.toString());
        }
    }
}
