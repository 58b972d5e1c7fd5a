package org.budayang.kiosk.ui.flow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.InputKind;
import org.budayang.api.catalog.ServiceHours;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepInput;
import org.budayang.api.catalog.StepType;
import org.budayang.api.json.ApiJson;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.speech.PromptSpeaker;
import org.budayang.kiosk.ui.KioskContext;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.face.FaceCaptureViewModel;

/**
 * A kiosk for the flow tests: central's real catalogue file (catalog/catalog.json) plus one item that exists only
 * in this test catalogue, the real idcard-sam driver against its emulator, the in-test camera (a bright frame is a
 * face READY for capture), the {@link RecordingDesk} test double and a speaker that records what it says.
 */
final class FlowRig implements AutoCloseable {
    static final Path CATALOG = Path.of("..", "central", "src", "main", "resources", "catalog", "catalog.json");
    static final String INSURANCE_PROOF = "社会保险个人参保证明打印";
    static final String NO_CRIMINAL_RECORD = "无犯罪记录证明开具";
    static final String RESIDENCE_PROOF = "户籍证明开具";
    static final String MEDICAL_FILING = "基本医疗保险参保人员异地就医备案";
    static final String TAX_RECORD = "个人所得税《纳税记录》开具";
    static final String RIGHTS_RECORD = "社会保险个人权益记录查询";
    static final String MEDICAL_PAYMENT = "城乡居民基本医疗保险缴费";
    static final String MEDICAL_VOUCHER = "基本医疗保险参保凭证打印";
    /** The item only this test catalogue has: known step types in a new order, new inputs. */
    static final String TEST_ONLY = "失业保险待遇发放进度查询";
    /** 异地就医备案 as a region that allows 容缺受理 would publish it (test catalogue only). */
    static final String DEFERRED_FILING = "异地就医备案（容缺受理）";
    static final CardEvent PLACED = new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH);

    final ReaderRig reader;
    final TestDevices.TestCamera camera = new TestDevices.TestCamera();
    /** A code scanner: a 医保电子凭证 queued with {@code scan} before the way is chosen is read at once. */
    final TestDevices.Scanner scanner = new TestDevices.Scanner();
    final AtomicLong ticker = new AtomicLong();
    final UiFixture fixture;
    final RecordingDesk desk;
    final List<String> said = new CopyOnWriteArrayList<>();
    final PromptSpeaker speaker = new PromptSpeaker() {
        private volatile boolean muted;

        @Override
        public void say(String sentence) {
            if (!muted) {
                said.add(sentence);
            }
        }

        @Override
        public void stop() {
        }

        @Override
        public void setMuted(boolean m) {
            muted = m;
        }

        @Override
        public boolean muted() {
            return muted;
        }
    };
    final KioskContext context;

    /**
     * @param fx where device events and camera results are delivered: {@code Runnable::run} for the view model
     *           tests, {@code Platform::runLater} for the tests with the toolkit (the card is then read on a
     *           background thread, as in the kiosk)
     */
    FlowRig(java.util.function.UnaryOperator<org.budayang.kiosk.core.config.KioskConfig.Builder> config, Executor fx)
            throws Exception {
        reader = new ReaderRig();
        fixture = UiFixture.create(config, catalog());
        fixture.catalog.refresh();
        desk = new RecordingDesk(fixture.clock);
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(),
                new ScannerAccess(scanner, Runnable::run, fx, Duration.ofSeconds(2)),
                new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                frame -> (frame.argb()[0] & 0xFF) > 150 ? CaptureAdvice.READY : CaptureAdvice.TOO_FAR,
                Runnable::run, fx, ticker::get);
        org.budayang.kiosk.identity.IdCardAccess cards = fx == (Executor) RUN_HERE ? reader.sameThread()
                : reader.access(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "test-card-reader");
                    t.setDaemon(true);
                    return t;
                }), fx);
        context = fixture.context(Duration.ofSeconds(3), cards).withIdentity(identity).withDesk(desk);
    }

    /** Runs tasks on the calling thread (view model tests). */
    static final Executor RUN_HERE = Runnable::run;

    FlowRig() throws Exception {
        this(b -> b, RUN_HERE);
    }

    /** Same-thread executors: every desk call answers before the command returns. */
    FlowRuntime sameThread() {
        return new FlowRuntime(Runnable::run, Runnable::run, speaker,
                new BasicInputEditors(Messages.load(fixture.config.locale()), fixture.clock));
    }

    /** Three bright frames, the advice interval passing between them: the face is captured. */
    void showFace() {
        for (int i = 0; i < 3; i++) {
            camera.frame(200);
            ticker.addAndGet(FaceCaptureViewModel.Settings.DEFAULT.adviceInterval().toNanos() + 1_000_000);
        }
    }

    ServiceItem item(String name) {
        return fixture.catalog.catalog().orElseThrow().items().stream().filter(i -> i.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + name));
    }

    static Catalog catalog() throws IOException {
        ObjectMapper json = ApiJson.mapper();
        JsonNode tree = json.readTree(CATALOG.toFile());
        ObjectNode object = (ObjectNode) tree;
        object.put("version", "flow-test");
        object.put("publishedAt", "2026-11-26T00:00:00Z");
        Catalog central = json.treeToValue(object, Catalog.class);
        List<ServiceItem> items = new ArrayList<>(central.items());
        items.add(testOnlyItem(central));
        items.add(deferredFiling(central));
        return new Catalog(central.version(), central.publishedAt(), items);
    }

    private static ServiceItem testOnlyItem(Catalog central) {
        ServiceItem model = central.items().stream().filter(i -> i.department() == Department.SOCIAL_SECURITY)
                .findFirst().orElseThrow();
        List<FlowStep> flow = List.of(
                new FlowStep(StepType.IDENTIFY, "读取身份证"),
                new FlowStep(StepType.FILL, "填写联系电话和申领日期", "请输入手机号码和申领日期", List.of(
                        new StepInput("phone", "手机号码", InputKind.PHONE, List.of(), true, 11, ""),
                        new StepInput("claimDate", "申领日期", InputKind.DATE, List.of(), true, 10, "如2026-01-31"))),
                new FlowStep(StepType.CHOOSE, "选择查询月数", "请选择要查询几个月",
                        List.of(new StepInput("months", "查询月数", InputKind.CHOICE, List.of("3个月", "6个月", "12个月"),
                                true, 10, ""))),
                new FlowStep(StepType.CONFIRM, "查看发放记录"),
                new FlowStep(StepType.PRINT, "打印发放记录"),
                new FlowStep(StepType.EVALUATE, "评价本次服务"));
        return new ServiceItem("QT00099001", "620102-RS01-QT00099001", TEST_ONLY, Department.SOCIAL_SECURITY,
                model.agency(), model.guide(), flow, EnumSet.of(DeviceRole.ID_CARD_READER, DeviceRole.RECEIPT_PRINTER),
                ServiceHours.ALL_DAY, true, false, false, List.of("失业"));
    }

    private static ServiceItem deferredFiling(Catalog central) {
        ServiceItem filing = central.items().stream().filter(i -> i.name().equals(MEDICAL_FILING)).findFirst()
                .orElseThrow();
        org.budayang.api.catalog.ItemGuide g = filing.guide();
        List<org.budayang.api.catalog.Material> materials = new ArrayList<>(g.materials());
        materials.add(new org.budayang.api.catalog.Material("异地居住证明", org.budayang.api.catalog.MaterialForm.COPY,
                1, true, true, "可容缺受理，30日内补交"));
        org.budayang.api.catalog.ItemGuide guide = new org.budayang.api.catalog.ItemGuide(g.legalBasis(),
                g.conditions(), materials, g.process(), g.timeLimits(), g.onSiteVisits(), g.fee(), g.location(),
                g.hours(), g.consultationPhone(), g.complaintPhone());
        return new ServiceItem("QT00099002", "620102-YB01-QT00099002", DEFERRED_FILING, filing.department(),
                filing.agency(), guide, filing.flow(), filing.devices(), ServiceHours.ALL_DAY, true, true, false,
                List.of());
    }

    @Override
    public void close() {
        reader.close();
    }
}
