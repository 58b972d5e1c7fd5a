package org.budayang.kiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.budayang.kiosk.security.LogCapture;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real espeak-ng (Debian package espeak-ng) speaking to WAV files and to FIFOs that nobody reads. */
class EspeakPromptSpeakerTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void espeakInstalled() {
        boolean present;
        try {
            present = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        String why = "espeak-ng is not installed: apt-get install espeak-ng (Debian package espeak-ng)";
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail(why + "; CI must install it (.ci/run)");
        }
        Assumptions.assumeTrue(present, why);
    }

    @Test
    void synthesisesAMandarinPromptToAPlausibleWave() throws Exception {
        Path wav = dir.resolve("prompt.wav");
        List<EspeakPromptSpeaker.Started> started = new CopyOnWriteArrayList<>();
        try (EspeakPromptSpeaker speaker = EspeakPromptSpeaker.builder().toWavFile(wav).onStarted(started::add)
                .start()) {
            assertEquals(EspeakPromptSpeaker.State.READY, speaker.state());
            speaker.say("请输入11位手机号码，然后按下一步。");
            assertTrue(speaker.awaitQuiet(Duration.ofSeconds(20)), "espeak-ng still running after 20 s");
        }
        assertEquals(1, started.size());
        byte[] bytes = Files.readAllBytes(wav);
        assertTrue(bytes.length > 44, "WAV has " + bytes.length + " bytes");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("WAVE", new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, b.getShort(20), "PCM format");
        int channels = b.getShort(22);
        int rate = b.getInt(24);
        int bits = b.getShort(34);
        double seconds = (bytes.length - 44) / (double) (rate * channels * bits / 8);
        // 17 syllables at 150 words/min: a few seconds, not a click and not minutes
        assertTrue(seconds > 1.5 && seconds < 15, "speech lasts " + seconds + " s");
        long loud = 0;
        for (int i = 44; i + 1 < bytes.length; i += 2) {
            if (Math.abs(b.getShort(i)) > 1000) {
                loud++;
            }
        }
        assertTrue(loud > rate / 4, "only " + loud + " samples above silence");
    }

    @Test
    void aNewPromptKillsTheOneStillSpeakingAndStopKillsTheLast() throws Exception {
        Path fifo = dir.resolve("unread.wav");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        List<EspeakPromptSpeaker.Started> started = new CopyOnWriteArrayList<>();
        try (EspeakPromptSpeaker speaker = EspeakPromptSpeaker.builder().toWavFile(fifo).onStarted(started::add)
                .start()) {
            speaker.say("第一句");
            waitFor(() -> started.size() == 1);
            ProcessHandle first = ProcessHandle.of(started.get(0).pid()).orElseThrow();
            assertTrue(first.isAlive(), "espeak-ng blocks on the FIFO nobody reads");
            speaker.say("第二句");
            waitFor(() -> started.size() == 2);
            assertTrue(first.onExit().get(5, TimeUnit.SECONDS) != null && !first.isAlive());
            ProcessHandle second = ProcessHandle.of(started.get(1).pid()).orElseThrow();
            assertTrue(second.isAlive());
            assertFalse(speaker.awaitQuiet(Duration.ofMillis(200)));
            speaker.stop();
            second.onExit().get(5, TimeUnit.SECONDS);
            assertTrue(speaker.awaitQuiet(Duration.ofSeconds(5)));
            speaker.setMuted(true);
            speaker.say("静音时不读");
            assertTrue(speaker.muted());
            speaker.setMuted(false);
            speaker.say("第三句");
            waitFor(() -> started.size() == 2 + 1);
            speaker.stop();
        }
        assertEquals(3, started.size(), "the muted prompt started no process");
    }

    @Test
    void aMissingCommandIsOneWarningAndSilence() throws Exception {
        try (LogCapture log = new LogCapture(EspeakPromptSpeaker.class);
             EspeakPromptSpeaker speaker = EspeakPromptSpeaker.builder().command("/nonexistent/espeak-ng").start()) {
            assertEquals(EspeakPromptSpeaker.State.NO_COMMAND, speaker.state());
            speaker.say("请插入身份证");
            speaker.say("请插入身份证");
            assertTrue(speaker.awaitQuiet(Duration.ofSeconds(2)));
            List<String> warnings = log.messages(Level.WARN);
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("SPEECH_COMMAND_MISSING") && warnings.get(0).contains("espeak-ng")
                    && warnings.get(0).contains("/nonexistent/espeak-ng"), warnings.get(0));
        }
    }

    @Test
    void anAudioFailureWarnsOnceThenTheSpeakerGoesSilent() throws Exception {
        // espeak-ng cannot create a WAV file in a directory that does not exist: it complains on stderr, as it does
        // when it cannot open the audio device
        Path nowhere = dir.resolve("no-such-dir").resolve("x.wav");
        List<EspeakPromptSpeaker.Started> started = new CopyOnWriteArrayList<>();
        try (LogCapture log = new LogCapture(EspeakPromptSpeaker.class);
             EspeakPromptSpeaker speaker = EspeakPromptSpeaker.builder().toWavFile(nowhere).onStarted(started::add)
                     .start()) {
            for (int i = 0; i < 5 && speaker.state() == EspeakPromptSpeaker.State.READY; i++) {
                int before = started.size();
                speaker.say("请稍候");
                waitFor(() -> started.size() > before);
                assertTrue(speaker.awaitQuiet(Duration.ofSeconds(10)));
                Thread.sleep(100);
            }
            assertEquals(EspeakPromptSpeaker.State.NO_AUDIO, speaker.state());
            assertEquals(EspeakPromptSpeaker.FAILURES_BEFORE_SILENCE, started.size());
            List<String> warnings = log.messages(Level.WARN);
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("SPEECH_FAILED"), warnings.get(0));
            assertTrue(warnings.get(1).startsWith("SPEECH_OFF"), warnings.get(1));
            speaker.say("不再朗读");
            Thread.sleep(200);
            assertEquals(EspeakPromptSpeaker.FAILURES_BEFORE_SILENCE, started.size());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                Assertions.fail("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
