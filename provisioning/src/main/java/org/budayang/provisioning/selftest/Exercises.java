package org.budayang.provisioning.selftest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.budayang.api.identity.IdNumber;
import org.budayang.driver.Device;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camera.Still;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.Credit;
import org.budayang.driver.cash.EscrowPolicy;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.driver.scanner.CodeScanner;
import org.budayang.driver.scanner.ScannedCode;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.driver.sscard.SocialSecurityCardReader;

/**
 * The one real operation the self-test runs on each kind of device (an ENABLED device): read a card, print a test
 * receipt, print a test page, take then give back a note, capture a frame, scan a code. Where the technician's hand
 * is needed, {@code prompt} is told first (Chinese / English) and the device is given {@code handTime}.
 */
public final class Exercises {
    private final Consumer<String> prompt;
    private final Duration handTime;
    private final Duration machineTime;
    private final Clock clock;
    private final String kiosk;

    /**
     * @param prompt      shows the technician what to do now
     * @param handTime    how long a step that needs the technician waits (a card, a note, a code)
     * @param machineTime how long a step the device does alone may take (a print, a capture)
     * @param kiosk       what the test prints identify the kiosk as (site or kiosk id)
     */
    public Exercises(Consumer<String> prompt, Duration handTime, Duration machineTime, Clock clock, String kiosk) {
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.handTime = Objects.requireNonNull(handTime, "handTime");
        this.machineTime = Objects.requireNonNull(machineTime, "machineTime");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    /** What one exercise did: {@code code} is {@code OK} or a failure code. */
    public record Done(String check, String code, String detail) {
    }

    /** The CLI's exercise of a device it built and opened itself: the note goes to this check's own journal. */
    Done exercise(Device device) throws LinkLostException {
        return exercise(device, CancelToken.none(), true);
    }

    /**
     * The exercise of a running kiosk's device (the technician panel): the cash acceptor keeps the kiosk's credit
     * journal (a note stacked by mistake is counted where the kiosk counts money), and {@code cancel} ends a wait
     * for the technician's hand early (跳过).
     */
    Done exerciseLive(Device device, CancelToken cancel) throws LinkLostException {
        return exercise(device, cancel, false);
    }

    private Done exercise(Device device, CancelToken cancel, boolean ownJournal) throws LinkLostException {
        if (device instanceof IdCardReader reader) {
            return idCard(reader, cancel, !ownJournal);
        }
        if (device instanceof ReceiptPrinter printer) {
            return receipt(printer, cancel);
        }
        if (device instanceof DocumentPrinter printer) {
            return page(printer, cancel);
        }
        if (device instanceof CashAcceptor acceptor) {
            return note(acceptor, cancel, ownJournal);
        }
        if (device instanceof Camera camera) {
            return frame(camera, cancel);
        }
        if (device instanceof CodeScanner scanner) {
            return code(scanner, cancel);
        }
        if (device instanceof SocialSecurityCardReader reader) {
            return socialCard(reader, cancel, !ownJournal);
        }
        return new Done("open and identify", "OK", "no exercise for " + device.getClass().getSimpleName()
                + "; opened and answered");
    }

    private Done idCard(IdCardReader reader, CancelToken cancel, boolean waitForCard) throws LinkLostException {
        String check = "read an ID card";
        prompt.accept("请把一张身份证放在读卡区 / Place an ID card on the reader");
        Outcome<IdCard> read = waitForCard ? whenPlaced(reader::onCardEvent, reader::readCard, cancel)
                : reader.readCard(Deadline.in(handTime), cancel);
        return read.valueIfSuccess()
                .map(card -> new Done(check, "OK", "card " + IdNumber.mask(card.idNumber()) + " read"))
                .orElseGet(() -> failed(check, read, "NO_CARD"));
    }

    private Done receipt(ReceiptPrinter printer, CancelToken cancel) throws LinkLostException {
        String check = "print a test receipt";
        Receipt receipt = Receipt.builder().heading("不打烊 自检 SELF-TEST").rule()
                .pair("信息亭 Kiosk", kiosk).pair("时间 Time", clock.instant().toString())
                .text("打印正常 Printer OK").qr("BUDAYANG-SELFTEST").feed(3).cut().build();
        Outcome<PrintJob> printed = printer.print(jobId("receipt"), receipt, Deadline.in(machineTime), cancel);
        return printed(check, printed);
    }

    private Done page(DocumentPrinter printer, CancelToken cancel) throws LinkLostException {
        String check = "print a test page";
        byte[] pdf = TestPage.pdf(kiosk, clock.instant());
        Outcome<PrintJob> printed = printer.print(jobId("page"), new PrintDocument("budayang-selftest", pdf, 1, false),
                Deadline.in(machineTime), cancel);
        return printed(check, printed);
    }

    private Done printed(String check, Outcome<PrintJob> printed) {
        if (printed instanceof Outcome.Success<PrintJob> success) {
            PrintJob job = success.value();
            return job.state() == PrintJobState.PRINTED
                    ? new Done(check, "OK", "job " + job.id() + " printed")
                    : new Done(check, job.failureCode().isEmpty() ? "DEVICE_ERROR" : job.failureCode(),
                    "job " + job.id() + " " + job.state() + ": " + job.detail());
        }
        return failed(check, printed, "DEVICE_ERROR");
    }

    private Done note(CashAcceptor acceptor, CancelToken cancel, boolean ownJournal) throws LinkLostException {
        String check = "take a note into escrow and give it back";
        List<Credit> credits = new CopyOnWriteArrayList<>();
        if (ownJournal) {
            acceptor.useJournal(credits::add);
        }
        CountDownLatch returned = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        cancel.onCancel(returned::countDown);
        try (AutoCloseable events = acceptor.onCashEvent(event -> {
            if (event instanceof CashEvent.NoteInEscrow escrow) {
                seen.add(escrow.note().yuan() + " 元 in escrow");
            } else if (event instanceof CashEvent.Rejected rejected) {
                seen.add("given back (" + rejected.reason() + ")");
                returned.countDown();
            } else if (event instanceof CashEvent.Credited) {
                seen.add("STACKED");
                returned.countDown();
            }
        })) {
            Outcome<?> accepting = acceptor.acceptNotes(acceptor.denominations(), EscrowPolicy.rejectAll(),
                    Deadline.in(machineTime), cancel);
            if (!accepting.isSuccess()) {
                return failed(check, accepting, "DEVICE_ERROR");
            }
            prompt.accept("请放入一张纸币，设备会将其退回 / Insert one note; it will be given back");
            boolean done = returned.await(handTime.toMillis(), TimeUnit.MILLISECONDS);
            acceptor.stopAccepting(Deadline.in(machineTime), CancelToken.none());
            long stacked = ownJournal ? credits.size() : seen.stream().filter("STACKED"::equals).count();
            if (stacked > 0) {
                return new Done(check, "NOTE_KEPT", stacked + " note(s) credited: " + seen);
            }
            if (cancel.isCancelled() && seen.stream().noneMatch(s -> s.startsWith("given back"))) {
                return new Done(check, "TIMED_OUT", "cancelled by the technician before a note came back " + seen);
            }
            return done ? new Done(check, "OK", String.join(", ", seen))
                    : new Done(check, "NO_NOTE", "no note within " + handTime.toSeconds() + " s " + seen);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Done(check, "TIMED_OUT", "interrupted");
        } catch (LinkLostException lost) {
            throw lost;
        } catch (Exception closing) {
            return new Done(check, "DEVICE_ERROR", closing.toString());
        }
    }

    private Done frame(Camera camera, CancelToken cancel) throws LinkLostException {
        String check = "capture a frame";
        Outcome<Still> still = camera.capture(Deadline.in(machineTime), cancel);
        return still.valueIfSuccess()
                .map(s -> new Done(check, "OK", s.width() + "x" + s.height() + " JPEG, " + s.jpeg().length + " bytes"))
                .orElseGet(() -> failed(check, still, "DEVICE_ERROR"));
    }

    private Done code(CodeScanner scanner, CancelToken cancel) throws LinkLostException {
        String check = "scan a code";
        prompt.accept("请在扫码口出示任意二维码 / Show any QR code to the scanner");
        Outcome<ScannedCode> scanned = scanner.awaitCode(Deadline.in(handTime), cancel);
        return scanned.valueIfSuccess()
                .map(code -> new Done(check, "OK", "a code of " + code.text().length() + " characters"))
                .orElseGet(() -> failed(check, scanned, "NO_CODE"));
    }

    private Done socialCard(SocialSecurityCardReader reader, CancelToken cancel, boolean waitForCard)
            throws LinkLostException {
        String check = "read a social security card";
        prompt.accept("请插入一张社保卡 / Insert a social security card");
        Outcome<SocialSecurityCard> read = waitForCard ? whenPlaced(reader::onCardEvent, reader::readCard, cancel)
                : reader.readCard(Deadline.in(handTime), cancel);
        return read.valueIfSuccess()
                .map(card -> new Done(check, "OK", "card " + IdNumber.mask(card.socialSecurityNumber()) + " read"))
                .orElseGet(() -> failed(check, read, "NO_CARD"));
    }

    /** A card reader's read of the card on it now. */
    @FunctionalInterface
    private interface CardRead<T> {
        Outcome<T> read(Deadline deadline, CancelToken cancel) throws LinkLostException;
    }

    /**
     * On a running kiosk the technician places the card after the prompt: a reader reads the card on it now
     * ({@code NO_CARD} without one), so with no card there this waits, up to {@code handTime}, for the reader's
     * card event and reads again. The listener is registered before the first read, so a card placed meanwhile
     * is not missed.
     */
    private <T> Outcome<T> whenPlaced(Function<Consumer<CardEvent>, AutoCloseable> listen, CardRead<T> read,
                                      CancelToken cancel) throws LinkLostException {
        long end = System.nanoTime() + handTime.toNanos();
        CountDownLatch placed = new CountDownLatch(1);
        AutoCloseable events = listen.apply(event -> {
            if (event.type() == CardEvent.Type.PLACED) {
                placed.countDown();
            }
        });
        try {
            Outcome<T> first = read.read(Deadline.in(handTime), cancel);
            if (!(first instanceof Outcome.DeviceError<T> error) || !error.code().equals("NO_CARD")) {
                return first;
            }
            cancel.onCancel(placed::countDown);
            if (!placed.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS) || cancel.isCancelled()) {
                return first;
            }
            return read.read(Deadline.in(machineTime), cancel);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.cancelled("waiting for a card");
        } finally {
            try {
                events.close();
            } catch (Exception ignored) {
                // unregistering a listener from a reader being closed: nothing left to undo
            }
        }
    }

    private static Done failed(String check, Outcome<?> outcome, String timeoutCode) {
        if (outcome instanceof Outcome.TimedOut<?> timedOut) {
            return new Done(check, timeoutCode, timedOut.operation() + " timed out after "
                    + timedOut.after().toMillis() + " ms");
        }
        if (outcome instanceof Outcome.DeviceError<?> error) {
            return new Done(check, error.code(), error.detail());
        }
        if (outcome instanceof Outcome.Cancelled<?> cancelled) {
            return new Done(check, "TIMED_OUT", cancelled.operation() + " cancelled");
        }
        return new Done(check, "DEVICE_ERROR", String.valueOf(outcome));
    }

    private String jobId(String kind) {
        return "selftest-" + kind + "-" + clock.millis();
    }
}
