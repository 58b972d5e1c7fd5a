package org.budayang.kiosk.ui.tech;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.budayang.kiosk.core.enrol.CodeSheet;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.EnrolmentInput;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician's 注册到中心 page (issue #9, decision 0014): the current enrolment or 未注册; the code sheet's three
 * values, typed or read from a USB stick ({@link SheetFiles}); enrolment off the FX thread with its progress
 * (生成密钥 → 发送申请 → 保存证书), refusals in Chinese with the stable code ({@link EnrolErrors}); after success the
 * restart the technician confirms (the composition root's hook: KioskMain's {@code EXIT_RESTART}).
 */
public final class EnrolViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EnrolViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** central's enrolment route on its TLS port (what the code sheet's enrolUrl names). */
    static final String ENROL_PATH = EnrolmentInput.ENROL_PATH;
    /** The code's characters (central's alphabet: no I, L, O, U). */
    static final String CODE_ALPHABET = EnrolmentInput.CODE_ALPHABET;

    private final KioskEnrolment enrolment;
    private final String kioskName;
    private final Messages messages;
    private final ZoneId zone;
    private final Executor background;
    private final Executor fx;
    private final Runnable restart;
    private final SheetFiles sheets;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty fingerprint = new SimpleStringProperty(this, "fingerprint", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty sheetPath = new SimpleStringProperty(this, "sheetPath", "");
    private final ReadOnlyStringWrapper fingerprintGroups = new ReadOnlyStringWrapper(this, "fingerprintGroups", "");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper errorCode = new ReadOnlyStringWrapper(this, "errorCode", "");
    private final ReadOnlyObjectWrapper<EnrolPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            EnrolPhase.EDITING);
    private final javafx.beans.property.ReadOnlyBooleanWrapper restartDue =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "restartDue", false);
    private final URI centralUrl;

    /**
     * @param enrolment  the kiosk's enrolment over {@code <data.dir>/fleet}
     * @param kioskName  the name proposed to ops (the site's name)
     * @param centralUrl central.url of the kiosk's configuration: its host prefills the enrolment URL
     * @param background where enrolment runs (never the FX thread)
     * @param fx         where results are shown (Platform::runLater)
     * @param restart    ends the application so that it starts again with the new certificate
     * @param sheets     where 读取U盘中的注册单 looks
     */
    public EnrolViewModel(KioskEnrolment enrolment, String kioskName, URI centralUrl, Messages messages, ZoneId zone,
            Executor background, Executor fx, Runnable restart, SheetFiles sheets) {
        this.enrolment = Objects.requireNonNull(enrolment, "EnrolViewModel.enrolment");
        this.kioskName = Objects.requireNonNull(kioskName, "EnrolViewModel.kioskName");
        this.centralUrl = Objects.requireNonNull(centralUrl, "EnrolViewModel.centralUrl");
        this.messages = Objects.requireNonNull(messages, "EnrolViewModel.messages");
        this.zone = Objects.requireNonNull(zone, "EnrolViewModel.zone");
        this.background = Objects.requireNonNull(background, "EnrolViewModel.background");
        this.fx = Objects.requireNonNull(fx, "EnrolViewModel.fx");
        this.restart = Objects.requireNonNull(restart, "EnrolViewModel.restart");
        this.sheets = Objects.requireNonNull(sheets, "EnrolViewModel.sheets");
        fingerprint.addListener((obs, old, now) -> fingerprintGroups.set(groups(now)));
        refresh();
    }

    /**
     * The page opens (again): the stored enrolment as it is now; after a success the technician did not restart for,
     * the values may be edited again (立即重启 stays offered).
     */
    public void open() {
        if (phase.get() == EnrolPhase.ENROLLED) {
            phase.set(EnrolPhase.EDITING);
        }
        refresh();
    }

    /** Shows the stored enrolment again and prefills the URL when it is empty. */
    public void refresh() {
        Optional<KioskCredentials> stored;
        try {
            stored = enrolment.current();
        } catch (EnrolmentException e) {
            LOG.warn("Technician: the stored enrolment is unreadable: {}", e.getMessage());
            current.set(messages.get("tech.enrol.current.unreadable", e.code()));
            url.set(prefill(Optional.empty()));
            return;
        }
        current.set(stored.map(c -> messages.get("tech.enrol.current", c.kioskId(),
                TIME.format(c.certificate().getNotAfter().toInstant().atZone(zone)), String.valueOf(c.apiUrl())))
                .orElse(messages.get("tech.enrol.current.none")));
        if (url.get().isBlank()) {
            url.set(prefill(stored));
        }
    }

    /** https://&lt;central.url's host&gt;[:TLS port of the stored enrolment]/api/v1/enrol. */
    private String prefill(Optional<KioskCredentials> stored) {
        String host = centralUrl.getHost() == null ? "" : centralUrl.getHost();
        int port = stored.map(c -> c.apiUrl().getPort()).orElse(-1);
        return "https://" + host + (port > 0 ? ":" + port : "") + ENROL_PATH;
    }

    /** 读取U盘中的注册单: the path typed, or the first /media/&#42;/budayang-enrolment.json found. */
    public void readSheet() {
        phase.get().require("reading a code sheet", EnrolPhase.EDITING);
        try {
            Path file = sheets.find(sheetPath.get());
            CodeSheet sheet = CodeSheet.read(file);
            code.set(sheet.code());
            fingerprint.set(colons(sheet.caFingerprint()));
            url.set(sheet.enrolUrl().toString());
            sheetPath.set(file.toString());
            fail(null, messages.get("tech.enrol.sheet_read", file.toString()));
            LOG.info("Technician read the code sheet {}", file);
        } catch (EnrolmentException e) {
            LOG.warn("Technician: {}", e.getMessage());
            fail(e.code(), EnrolErrors.describe(messages, e));
        }
    }

    /** 开始注册: checks the values; an enrolled kiosk asks to confirm the replacement first. */
    public void enrol() {
        phase.get().require("enrolling", EnrolPhase.EDITING);
        CodeSheet sheet = sheet();
        if (sheet == null) {
            return;
        }
        boolean enrolled;
        try {
            enrolled = enrolment.current().isPresent();
        } catch (EnrolmentException e) {
            enrolled = true; // unreadable credentials are replaced too: ask as for readable ones
        }
        if (enrolled) {
            phase.set(EnrolPhase.CONFIRM_REPLACE);
            fail(null, messages.get("tech.enrol.confirm_replace"));
            return;
        }
        start(sheet);
    }

    /** 确认替换: the technician confirmed that a new certificate replaces the current one. */
    public void confirmReplace() {
        phase.get().require("confirming the replacement", EnrolPhase.CONFIRM_REPLACE);
        phase.set(EnrolPhase.EDITING);
        CodeSheet sheet = sheet();
        if (sheet != null) {
            LOG.warn("Technician replaces the kiosk's enrolment");
            start(sheet);
        }
    }

    public void cancelReplace() {
        phase.get().require("cancelling the replacement", EnrolPhase.CONFIRM_REPLACE);
        phase.set(EnrolPhase.EDITING);
        fail(null, "");
    }

    /** 立即重启: after success, the app ends with the restart exit code so that it starts with the certificate. */
    public void confirmRestart() {
        if (!restartDue.get()) {
            throw new IllegalStateException("ENROL_PHASE: restarting is not possible in phase " + phase.get()
                    + " before an enrolment succeeded");
        }
        phase.get().require("restarting", EnrolPhase.ENROLLED, EnrolPhase.EDITING);
        phase.set(EnrolPhase.RESTARTING);
        progress.set(messages.get("tech.enrol.restarting"));
        LOG.info("Technician restarts the kiosk to use its new enrolment");
        restart.run();
    }

    private CodeSheet sheet() {
        String normalised = normaliseCode(code.get());
        if (normalised == null) {
            fail("CODE_FORMAT", messages.get("tech.enrol.error.CODE_FORMAT", code.get().strip()));
            return null;
        }
        code.set(normalised);
        String hex = fingerprint.get().replace(":", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            fail("FINGERPRINT_FORMAT", messages.get("tech.enrol.error.FINGERPRINT_FORMAT", hex.length()));
            return null;
        }
        try {
            return new CodeSheet(normalised, hex, URI.create(url.get().strip()));
        } catch (IllegalArgumentException e) {
            fail("URL_FORMAT", messages.get("tech.enrol.error.URL_FORMAT", url.get().strip()));
            return null;
        }
    }

    private void start(CodeSheet sheet) {
        phase.set(EnrolPhase.SENDING);
        fail(null, "");
        progress.set(messages.get("tech.enrol.progress.sending"));
        LOG.info("Technician enrols the kiosk with {}", sheet);
        background.execute(() -> {
            try {
                KioskCredentials enrolled = enrolment.enrol(sheet, kioskName);
                fx.execute(() -> {
                    phase.set(EnrolPhase.SAVING);
                    progress.set(messages.get("tech.enrol.progress.saving"));
                    background.execute(() -> verifyStored(enrolled));
                });
            } catch (EnrolmentException e) {
                LOG.warn("Technician's enrolment failed: {}", e.getMessage());
                fx.execute(() -> failed(e));
            } catch (RuntimeException e) {
                LOG.error("Technician's enrolment failed unexpectedly", e);
                fx.execute(() -> failed(new EnrolmentException("ENROLMENT_FAILED", e.toString(), e)));
            }
        });
    }

    /** 保存证书: what was stored is read back; the restart will load exactly that. */
    private void verifyStored(KioskCredentials enrolled) {
        try {
            KioskCredentials stored = enrolment.current().orElseThrow(() -> new EnrolmentException("SAVE_FAILED",
                    "the credentials of " + enrolled.kioskId() + " are not in the fleet directory after enrolment"));
            if (!stored.kioskId().equals(enrolled.kioskId())
                    || !stored.certificate().equals(enrolled.certificate())) {
                throw new EnrolmentException("SAVE_FAILED", "the fleet directory holds " + stored.kioskId()
                        + ", not the certificate just issued to " + enrolled.kioskId());
            }
            fx.execute(() -> {
                phase.set(EnrolPhase.ENROLLED);
                restartDue.set(true);
                progress.set("");
                fail(null, messages.get("tech.enrol.done", stored.kioskId()));
                refresh();
            });
        } catch (EnrolmentException e) {
            LOG.error("Technician's enrolment was not stored: {}", e.getMessage());
            fx.execute(() -> failed(e));
        }
    }

    private void failed(EnrolmentException e) {
        phase.set(EnrolPhase.EDITING);
        progress.set("");
        fail(EnrolErrors.code(e), EnrolErrors.describe(messages, e));
        refresh();
    }

    private void fail(String code, String text) {
        errorCode.set(code == null ? "" : code);
        message.set(text);
    }

    /** XXXX-XXXX-XXXX-XXXX from what was typed (case, spaces and hyphens ignored), or null when it is not one. */
    static String normaliseCode(String typed) {
        return EnrolmentInput.normaliseCode(typed);
    }

    /** The first and last four groups of a fingerprint, for comparing with the sheet; empty unless 64 hex. */
    static String groups(String typed) {
        String hex = typed == null ? "" : typed.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            return "";
        }
        String all = colons(hex);
        return all.substring(0, 11) + " … " + all.substring(all.length() - 11);
    }

    private static String colons(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            out.append(i == 0 ? "" : ":").append(hex, i, Math.min(hex.length(), i + 2));
        }
        return out.toString();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty sheetPathProperty() {
        return sheetPath;
    }

    /** e.g. {@code 3F:A1:09:7C … 0B:44:E2:91}, empty until the fingerprint is 64 hex digits. */
    public ReadOnlyStringProperty fingerprintGroupsProperty() {
        return fingerprintGroups.getReadOnlyProperty();
    }

    /** 已注册为 KSK-…（证书有效期至 …，服务中心 …） or 未注册. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last result for the technician (Chinese, with the stable code of a refusal), empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The stable code of the last refusal, empty when the last step succeeded. */
    public ReadOnlyStringProperty errorCodeProperty() {
        return errorCode.getReadOnlyProperty();
    }

    /** An enrolment succeeded and the app has not restarted yet: 立即重启 is offered. */
    public javafx.beans.property.ReadOnlyBooleanProperty restartDueProperty() {
        return restartDue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EnrolPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }
}
