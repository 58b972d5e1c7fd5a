package org.budayang.kiosk.ui.face;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.FaceQualityCheck;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.camera.Still;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The face capture screen (刷脸): a live preview, the quality advice shown large ("请靠近一点"), a capture when the
 * face is READY (automatically after {@link Settings#readyFrames} READY checks in a row, or on 拍照), and after
 * {@link Settings#maxAttempts} failed attempts 呼叫帮办 instead of another loop. An attempt fails when 拍照 is
 * pressed while the advice is not READY, when the camera gives no still, or when no capture happened within
 * {@link Settings#attemptWindow}.
 *
 * <p>Threads: frames arrive on the driver's thread; at most one per {@link Settings#previewInterval} is scaled and
 * mirrored there (one pass over the pixels) into a new {@link PreviewImage}; at most one per
 * {@link Settings#adviceInterval} is copied and checked on the {@code work} executor (a check still running makes
 * the next frames skip it). Results reach the properties through the {@code fx} executor. The still goes to the
 * {@code keep} sink (the citizen's session, in memory only) and nothing of it stays here.
 */
public final class FaceCaptureViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(FaceCaptureViewModel.class);

    /**
     * Timings and limits.
     *
     * @param previewInterval at most one preview per interval (66 ms = 15 frames/s, what a preview needs)
     * @param adviceInterval  at most one quality check per interval
     * @param readyFrames     READY checks in a row that trigger the automatic capture
     * @param maxAttempts     failed attempts before 呼叫帮办 is offered
     * @param attemptWindow   how long one attempt may last without a capture
     * @param previewWidth    the preview's largest width in pixels
     * @param previewHeight   the preview's largest height in pixels
     */
    public record Settings(Duration previewInterval, Duration adviceInterval, int readyFrames, int maxAttempts,
            Duration attemptWindow, int previewWidth, int previewHeight) {
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(66), Duration.ofMillis(400), 3, 3,
                Duration.ofSeconds(20), 640, 480);

        public Settings {
            Objects.requireNonNull(previewInterval, "Settings.previewInterval");
            Objects.requireNonNull(adviceInterval, "Settings.adviceInterval");
            Objects.requireNonNull(attemptWindow, "Settings.attemptWindow");
            if (readyFrames < 1 || maxAttempts < 1 || previewWidth < 1 || previewHeight < 1) {
                throw new IllegalArgumentException("FaceCaptureViewModel.Settings: readyFrames " + readyFrames
                        + ", maxAttempts " + maxAttempts + ", preview " + previewWidth + "x" + previewHeight
                        + " must all be at least 1");
            }
        }
    }

    private final CameraAccess camera;
    private final FaceQualityCheck check;
    private final Messages messages;
    private final Clock clock;
    private final Executor work;
    private final Executor fx;
    private final Settings settings;
    private final LongSupplier ticker;
    private final ReadOnlyObjectWrapper<FaceCaptureState> state =
            new ReadOnlyObjectWrapper<>(this, "state", FaceCaptureState.IDLE);
    private final ReadOnlyObjectWrapper<CaptureAdvice> advice = new ReadOnlyObjectWrapper<>(this, "advice");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper failedAttempts = new ReadOnlyIntegerWrapper(this, "failedAttempts");
    private final ReadOnlyObjectWrapper<PreviewImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean checking = new AtomicBoolean();
    private final AtomicLong lastPreview = new AtomicLong(Long.MIN_VALUE / 2);
    private final AtomicLong lastAdvice = new AtomicLong(Long.MIN_VALUE / 2);
    private AutoCloseable frames = () -> { };
    private Consumer<byte[]> keep = jpeg -> { };
    private CancelToken capturing;
    private int readyStreak;
    private Instant attemptStarted;

    public FaceCaptureViewModel(CameraAccess camera, FaceQualityCheck check, Messages messages, Clock clock,
            Executor work, Executor fx, Settings settings) {
        this(camera, check, messages, clock, work, fx, settings, System::nanoTime);
    }

    /**
     * @param ticker the monotonic nanosecond time that paces previews and checks ({@code System::nanoTime}; tests
     *               pass a manual one)
     */
    public FaceCaptureViewModel(CameraAccess camera, FaceQualityCheck check, Messages messages, Clock clock,
            Executor work, Executor fx, Settings settings, LongSupplier ticker) {
        this.camera = Objects.requireNonNull(camera, "camera");
        this.check = Objects.requireNonNull(check, "check");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.work = Objects.requireNonNull(work, "work");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /**
     * Starts the preview (FX thread).
     *
     * @param sink gets the captured JPEG (the session keeps it in memory); called once, on the FX thread
     */
    public void start(Consumer<byte[]> sink) {
        stop();
        keep = Objects.requireNonNull(sink, "sink");
        failedAttempts.set(0);
        if (camera.camera().isEmpty()) {
            show(FaceCaptureState.UNAVAILABLE, "face.camera_unavailable");
            return;
        }
        long mine = generation.incrementAndGet();
        newAttempt("face.look");
        state.set(FaceCaptureState.PREVIEW);
        frames = camera.onFrame(frame -> frameArrived(mine, frame));
    }

    /** The camera's health changed (FX thread): a camera that stops serving ends the capture with 呼叫帮办. */
    public void cameraServes(boolean serves) {
        FaceCaptureState now = state.get();
        if (!serves && (now == FaceCaptureState.PREVIEW || now == FaceCaptureState.CAPTURING)) {
            LOG.info("Face capture stopped: the camera no longer serves");
            release();
            show(FaceCaptureState.UNAVAILABLE, "face.camera_unavailable");
        }
    }

    private void frameArrived(long mine, Frame frame) {
        if (mine != generation.get()) {
            return;
        }
        long now = ticker.getAsLong();
        // a quarter of the interval as slack: frames paced at exactly the interval are not dropped for jitter
        if (now - lastPreview.get() >= settings.previewInterval().toNanos() * 3 / 4) {
            lastPreview.set(now);
            // scaling and mirroring is one pass over the pixels (about a millisecond at 640x480): done here, on
            // the driver's thread, so that previews never wait behind a face check
            PreviewImage image = PreviewImage.fit(frame.argb(), frame.width(), frame.height(),
                    settings.previewWidth(), settings.previewHeight());
            deliver(() -> {
                if (mine != generation.get()) {
                    image.clear();
                    return;
                }
                PreviewImage old = preview.get();
                preview.set(image);
                if (old != null) {
                    old.clear();
                }
            });
        }
        if (now - lastAdvice.get() >= settings.adviceInterval().toNanos() && checking.compareAndSet(false, true)) {
            lastAdvice.set(now);
            int[] copy = frame.argb().clone(); // the driver's array is shared: copy before leaving its thread
            Frame mineFrame = new Frame(frame.width(), frame.height(), copy, frame.sequence(), frame.at());
            try {
                work.execute(() -> assess(mine, mineFrame));
            } catch (RejectedExecutionException stopping) {
                checking.set(false);
            }
        }
    }

    private void assess(long mine, Frame frame) {
        try {
            CaptureAdvice said = check.assess(frame);
            deliver(() -> {
                if (mine == generation.get()) {
                    adviceArrived(said);
                }
            });
        } catch (RuntimeException failed) {
            LOG.warn("Face quality check failed on a preview frame: {}", failed.toString());
        } finally {
            java.util.Arrays.fill(frame.argb(), 0);
            checking.set(false);
        }
    }

    private void adviceArrived(CaptureAdvice said) {
        advice.set(said);
        if (state.get() != FaceCaptureState.PREVIEW) {
            return;
        }
        readyStreak = said.isReady() ? readyStreak + 1 : 0;
        if (readyStreak >= settings.readyFrames()) {
            capture();
        } else if (Duration.between(attemptStarted, clock.instant()).compareTo(settings.attemptWindow()) > 0) {
            failed("attempt window of " + settings.attemptWindow().toSeconds() + " s passed (" + said + ")",
                    adviceText(said));
        } else {
            message.set(adviceText(said));
        }
    }

    /**
     * 拍照 (or the automatic capture): takes a still when the latest advice is READY, else counts a failed attempt
     * and says what to change.
     *
     * @return whether a capture started
     */
    public boolean capture() {
        if (!state.get().canCapture()) {
            LOG.debug("Face capture refused: the screen is {}", state.get());
            return false;
        }
        CaptureAdvice latest = advice.get();
        if (latest == null || !latest.isReady()) {
            failed("capture pressed while the advice is " + latest, latest == null ? messages.get("face.look")
                    : adviceText(latest));
            return false;
        }
        long mine = generation.get();
        CancelToken token = new CancelToken();
        capturing = token;
        state.set(FaceCaptureState.CAPTURING);
        message.set(messages.get("face.capturing"));
        camera.capture(token, outcome -> captured(mine, outcome));
        return true;
    }

    private void captured(long mine, Outcome<Still> outcome) {
        if (mine != generation.get() || state.get() != FaceCaptureState.CAPTURING) {
            LOG.debug("Face still dropped: the capture it was for has ended");
            return;
        }
        capturing = null;
        if (outcome instanceof Outcome.Success<Still> success) {
            Still still = success.value();
            release();
            byte[] jpeg = still.jpeg(); // a copy of the driver's still: ours to zero
            try {
                keep.accept(jpeg); // the session keeps a copy of its own, zeroed when the session ends
            } finally {
                java.util.Arrays.fill(jpeg, (byte) 0);
            }
            show(FaceCaptureState.CAPTURED, "face.done");
            LOG.info("Face still captured ({}x{}, {} attempts failed before)", still.width(), still.height(),
                    failedAttempts.get());
        } else {
            failed("the camera gave no still: " + outcome.getClass().getSimpleName(), messages.get("face.no_still"));
        }
    }

    private void failed(String why, String whatToDo) {
        failedAttempts.set(failedAttempts.get() + 1);
        LOG.info("Face capture attempt {} of {} failed: {}", failedAttempts.get(), settings.maxAttempts(), why);
        if (failedAttempts.get() >= settings.maxAttempts()) {
            release();
            show(FaceCaptureState.HELP_OFFERED, "face.help_offered");
            return;
        }
        state.set(FaceCaptureState.PREVIEW);
        newAttempt(null);
        message.set(messages.get("face.failed", whatToDo));
    }

    private void newAttempt(String messageKey) {
        readyStreak = 0;
        attemptStarted = clock.instant();
        if (messageKey != null) {
            message.set(messages.get(messageKey));
        }
    }

    private String adviceText(CaptureAdvice said) {
        String key = "face.advice." + said.name();
        return messages.has(key) ? messages.get(key) : said.citizenText();
    }

    private void show(FaceCaptureState next, String messageKey) {
        message.set(messages.get(messageKey));
        state.set(next);
    }

    /** Leaves the screen: the preview stops and is cleared (FX thread). */
    public void stop() {
        release();
        PreviewImage shown = preview.get();
        preview.set(null);
        if (shown != null) {
            shown.clear();
        }
        advice.set(null);
        message.set("");
        state.set(FaceCaptureState.IDLE);
    }

    private void release() {
        generation.incrementAndGet();
        if (capturing != null) {
            capturing.cancel();
            capturing = null;
        }
        try {
            frames.close();
        } catch (Exception e) {
            LOG.warn("Could not unregister from the camera's frames: {}", e.toString());
        }
        frames = () -> { };
    }

    /** The session ended: like {@link #stop()}, and the attempt count starts again. */
    public void wipe() {
        stop();
        failedAttempts.set(0);
        keep = jpeg -> { };
    }

    private void deliver(Runnable task) {
        try {
            fx.execute(task);
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            LOG.debug("Face preview dropped: the UI is shutting down");
        }
    }

    public ReadOnlyObjectProperty<FaceCaptureState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The latest quality advice, or null before the first check. */
    public ReadOnlyObjectProperty<CaptureAdvice> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    /** What the citizen reads, large: the advice, what failed, 拍照完成 or 呼叫帮办. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty failedAttemptsProperty() {
        return failedAttempts.getReadOnlyProperty();
    }

    /** The latest preview for the screen (null while none). */
    public ReadOnlyObjectProperty<PreviewImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public Settings settings() {
        return settings;
    }
}
