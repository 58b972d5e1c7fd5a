package org.budayang.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads prompts aloud with espeak-ng's Mandarin voice ({@code -v cmn}), one child process at a time: a new
 * {@link #say} kills the one still speaking, {@link #stop} and muting kill it too. The process is started on a
 * speaker thread of its own, so that {@code say} never blocks the FX thread; the text goes through the child's
 * standard input (never a shell, never a command-line argument) and is never logged.
 * <p>
 * {@link #start} checks the command once ({@code espeak-ng --version}); when it is missing the speaker stays silent
 * after one warning naming the apt package, and the kiosk works without voice. When espeak-ng cannot open the
 * audio device (a machine without a sound card) it complains on standard error (1.51 still exits 0): the first
 * such failure is logged as a warning and after {@value #FAILURES_BEFORE_SILENCE} in a row the speaker goes silent with one more warning.
 * {@link Builder#toWavFile} writes the speech to a file instead of the audio device (tests, diagnosis).
 */
public final class EspeakPromptSpeaker implements PromptSpeaker, AutoCloseable {
    static final int FAILURES_BEFORE_SILENCE = 3;
    private static final Logger LOG = LoggerFactory.getLogger(EspeakPromptSpeaker.class);

    /** The speaker's state: whether it can speak at all. */
    public enum State {
        /** espeak-ng answered; prompts are spoken. */
        READY,
        /** The command is missing or broken: silent. */
        NO_COMMAND,
        /** espeak-ng failed {@value #FAILURES_BEFORE_SILENCE} times in a row (no audio device): silent. */
        NO_AUDIO,
        /** {@link #close()} was called. */
        CLOSED
    }

    private final Builder settings;
    private final ExecutorService launcher;
    private final ExecutorService watcher;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile State state;
    private volatile boolean muted;
    /** Touched only on the launcher thread. */
    private Process current;

    private EspeakPromptSpeaker(Builder settings, State state) {
        this.settings = settings;
        this.state = state;
        this.launcher = Executors.newSingleThreadExecutor(r -> daemon(r, "prompt-speaker"));
        this.watcher = Executors.newCachedThreadPool(r -> daemon(r, "prompt-speaker-exit"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks the command (blocking up to the probe timeout: call it at startup, not on the FX thread). */
    public static EspeakPromptSpeaker start(Builder settings) {
        State state = probe(settings);
        if (state == State.READY) {
            LOG.info("Prompt speaker ready: {} with voice {} at {} words/min, output {}", settings.command,
                    settings.voice, settings.wordsPerMinute, settings.wavFile == null ? "audio device" : settings.wavFile);
        }
        return new EspeakPromptSpeaker(settings, state);
    }

    private static State probe(Builder settings) {
        Process p;
        try {
            p = new ProcessBuilder(settings.command, "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            LOG.warn("SPEECH_COMMAND_MISSING: cannot run '{}' ({}); 长者模式 prompts will not be read aloud. "
                    + "Install the Debian package espeak-ng (apt-get install espeak-ng) or set the speech command",
                    settings.command, e.getMessage());
            return State.NO_COMMAND;
        }
        try (InputStream out = p.getInputStream()) {
            String version = new String(out.readNBytes(200), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(settings.probeTimeout.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                LOG.warn("SPEECH_COMMAND_BROKEN: '{} --version' did not answer with exit 0 within {} ms ({}); "
                        + "prompts will not be read aloud. Reinstall espeak-ng", settings.command,
                        settings.probeTimeout.toMillis(), version);
                return State.NO_COMMAND;
            }
            return State.READY;
        } catch (IOException e) {
            LOG.warn("SPEECH_COMMAND_BROKEN: cannot read '{} --version' ({}); prompts will not be read aloud",
                    settings.command, e.getMessage());
            return State.NO_COMMAND;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return State.NO_COMMAND;
        }
    }

    @Override
    public void say(String sentence) {
        if (sentence == null || sentence.isBlank() || muted || state != State.READY) {
            return;
        }
        long asked = System.nanoTime();
        launcher.execute(() -> speak(sentence.strip(), asked));
    }

    @Override
    public void stop() {
        if (state != State.CLOSED) {
            launcher.execute(this::killCurrent);
        }
    }

    @Override
    public void setMuted(boolean muted) {
        this.muted = muted;
        if (muted) {
            stop();
        }
    }

    @Override
    public boolean muted() {
        return muted;
    }

    public State state() {
        return state;
    }

    /** Waits until nothing is being said (or the timeout passes); true when quiet. For tests and tools. */
    public boolean awaitQuiet(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            java.util.concurrent.Future<Boolean> alive = launcher.submit(() -> current != null && current.isAlive());
            try {
                if (!alive.get(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                     | java.util.concurrent.RejectedExecutionException e) {
                return false;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private void speak(String sentence, long askedNanos) {
        killCurrent();
        if (muted || state != State.READY) {
            return;
        }
        Process p;
        try {
            p = new ProcessBuilder(command()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            failed("could not start: " + e.getMessage());
            return;
        }
        current = p;
        settings.onStarted.accept(new Started(askedNanos, System.nanoTime(), p.pid()));
        watcher.execute(() -> watch(p, sentence));
    }

    private void watch(Process p, String sentence) {
        try (OutputStream in = p.getOutputStream(); InputStream err = p.getErrorStream()) {
            in.write(sentence.getBytes(StandardCharsets.UTF_8));
            in.close();
            byte[] errors = err.readNBytes(2000);
            int exit = p.waitFor();
            String stderr = new String(errors, StandardCharsets.UTF_8).strip();
            if (killed(exit)) {
                return;
            }
            if (exit == 0 && stderr.isEmpty()) {
                failuresInARow.set(0);
            } else {
                // espeak-ng 1.51 exits 0 when it cannot open the audio device or the WAV file: its complaint on
                // standard error is the only sign
                failed("exit " + exit + ": " + stderr.lines().reduce((a, b) -> b).orElse(""));
            }
        } catch (IOException e) {
            // the process was killed by a newer prompt or stop() while we wrote to it
            LOG.debug("Prompt speaker pid {} closed its pipes early: {}", p.pid(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Exit codes of a process we destroyed (SIGTERM 143, SIGKILL 137). */
    private static boolean killed(int exit) {
        return exit == 143 || exit == 137;
    }

    private void failed(String why) {
        int n = failuresInARow.incrementAndGet();
        if (n == 1) {
            LOG.warn("SPEECH_FAILED: {} -v {} {} (no audio device? try 'aplay -l'; the kiosk goes on without voice)",
                    settings.command, settings.voice, why);
        } else if (n == FAILURES_BEFORE_SILENCE && state == State.READY) {
            state = State.NO_AUDIO;
            LOG.warn("SPEECH_OFF: {} failed {} times in a row (last: {}); prompts are no longer read aloud until "
                    + "the kiosk restarts", settings.command, n, why);
        }
    }

    private List<String> command() {
        List<String> cmd = new ArrayList<>(List.of(settings.command, "-v", settings.voice,
                "-s", String.valueOf(settings.wordsPerMinute), "-b", "1"));
        if (settings.wavFile != null) {
            cmd.add("-w");
            cmd.add(settings.wavFile.toString());
        }
        return cmd;
    }

    private void killCurrent() {
        Process p = current;
        current = null;
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
        }
    }

    @Override
    public void close() {
        if (state == State.CLOSED) {
            return;
        }
        stop();
        state = State.CLOSED;
        launcher.shutdown();
        try {
            launcher.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watcher.shutdownNow();
    }

    /**
     * One prompt's child process as started.
     *
     * @param askedNanos   {@link System#nanoTime()} when {@code say} was called
     * @param startedNanos when the process had started
     * @param pid          its process id
     */
    public record Started(long askedNanos, long startedNanos, long pid) {
    }

    /** Settings: command {@code espeak-ng}, voice {@code cmn}, 150 words/min (slow, for elderly citizens). */
    public static final class Builder {
        private String command = "espeak-ng";
        private String voice = "cmn";
        private int wordsPerMinute = 150;
        private Path wavFile;
        private Duration probeTimeout = Duration.ofSeconds(5);
        private Consumer<Started> onStarted = s -> { };

        private Builder() {
        }

        /** The espeak-ng executable (a name on PATH or a path). */
        public Builder command(String command) {
            if (command == null || command.isBlank()) {
                throw new IllegalArgumentException("EspeakPromptSpeaker.command: '" + command
                        + "' is empty; give espeak-ng or its path");
            }
            this.command = command.strip();
            return this;
        }

        public Builder voice(String voice) {
            if (voice == null || !voice.matches("[a-zA-Z0-9+_-]{2,40}")) {
                throw new IllegalArgumentException("EspeakPromptSpeaker.voice: '" + voice
                        + "' is not a voice name such as cmn (see espeak-ng --voices)");
            }
            this.voice = voice;
            return this;
        }

        /** espeak-ng's {@code -s}: 80..450 words per minute. */
        public Builder wordsPerMinute(int wpm) {
            if (wpm < 80 || wpm > 450) {
                throw new IllegalArgumentException("EspeakPromptSpeaker.wordsPerMinute: " + wpm
                        + " is outside 80..450 (espeak-ng -s)");
            }
            this.wordsPerMinute = wpm;
            return this;
        }

        /** Writes each prompt to this WAV file (espeak-ng {@code -w}) instead of the audio device. */
        public Builder toWavFile(Path file) {
            this.wavFile = Objects.requireNonNull(file, "file");
            return this;
        }

        public Builder probeTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("EspeakPromptSpeaker.probeTimeout: " + timeout + " is not positive");
            }
            this.probeTimeout = timeout;
            return this;
        }

        /** Told on the speaker thread each time a prompt's process has started (benchmarks, tests). */
        public Builder onStarted(Consumer<Started> listener) {
            this.onStarted = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public EspeakPromptSpeaker start() {
            return EspeakPromptSpeaker.start(this);
        }
    }
}
