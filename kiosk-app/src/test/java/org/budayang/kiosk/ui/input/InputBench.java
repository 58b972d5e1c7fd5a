package org.budayang.kiosk.ui.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.budayang.api.catalog.InputKind;
import org.budayang.api.catalog.StepInput;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.security.MutableClock;
import org.budayang.kiosk.speech.EspeakPromptSpeaker;
import org.budayang.kiosk.ui.UiFixture;

/**
 * Benchmarks (a main, not a test): (1) pinyin key tap → candidate bar updated: the key's action fired on the FX
 * thread, the composer's candidates, the bar's new buttons, CSS and layout, per letter of address-like pinyin, under
 * Monocle headless (software rendering); also with the scene rendered (snapshot) after each tap; (2) say() → espeak-ng
 * process started, writing to a WAV file (the same process start as to the audio device).
 *
 * <pre>InputBench [ROUNDS=20] [PROMPTS=40]</pre>
 */
public final class InputBench {
    private static final List<String> WORDS = List.of("lanzhoushi", "chengguanqu", "tianshui", "jiayuguan",
            "zhangyelu", "dongfanghong", "guangchang", "xiaoqu", "danyuan", "zhuangzhuang", "shengfenzheng", "shehui");

    private InputBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int prompts = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1920-32");
        Platform.startup(() -> Platform.setImplicitExit(false));
        try {
            long t0 = System.nanoTime();
            PinyinDictionary dictionary = PinyinDictionary.load();
            System.out.printf("dictionary loaded in %.0f ms (%d characters, %d syllables)%n",
                    (System.nanoTime() - t0) / 1e6, dictionary.characterCount(), dictionary.syllableCount());
            for (Theme theme : Theme.values()) {
                keyTaps(dictionary, theme, rounds, false);
                keyTaps(dictionary, theme, Math.max(2, rounds / 4), true);
            }
        } finally {
            Platform.exit();
        }
        speech(prompts);
    }

    private static void keyTaps(PinyinDictionary dictionary, Theme theme, int rounds, boolean render)
            throws Exception {
        CompletableFuture<List<Long>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(keyTapsOnFx(dictionary, theme, rounds, render));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        List<Long> nanos = result.get(10, TimeUnit.MINUTES);
        print("key tap -> candidate bar updated" + (render ? " and rendered" : "") + ", " + theme.configValue(),
                nanos);
    }

    private static List<Long> keyTapsOnFx(PinyinDictionary dictionary, Theme theme, int rounds, boolean render) {
        TouchInputEditors editors = new TouchInputEditors(new MutableClock(UiFixture.MORNING), dictionary);
        TextEditor editor = (TextEditor) editors.editorFor(new StepInput("address", "详细地址", InputKind.TEXT, List.of(),
                true, 200, ""));
        InputStage stage = new InputStage(theme, 1300);
        stage.show((javafx.scene.Parent) editor.node());
        Node root = editor.node().getScene().getRoot();
        List<Long> nanos = new ArrayList<>();
        try {
            for (int r = 0; r < rounds + 2; r++) {
                for (String word : WORDS) {
                    for (char c : word.toCharArray()) {
                        Button key = (Button) root.lookup("#kb-address-" + c);
                        long start = System.nanoTime();
                        key.fire();
                        root.applyCss();
                        ((javafx.scene.Parent) root).layout();
                        if (render) {
                            root.getScene().snapshot(null);
                        }
                        if (r >= 2) {
                            nanos.add(System.nanoTime() - start);
                        }
                    }
                    editor.composer().space();
                }
                editor.composer().clear();
            }
        } finally {
            stage.hide();
        }
        return nanos;
    }

    private static void speech(int prompts) throws Exception {
        Path wav = Files.createTempFile("budayang-bench", ".wav");
        List<EspeakPromptSpeaker.Started> started = new CopyOnWriteArrayList<>();
        try (EspeakPromptSpeaker speaker = EspeakPromptSpeaker.builder().toWavFile(wav).onStarted(started::add)
                .start()) {
            if (speaker.state() != EspeakPromptSpeaker.State.READY) {
                System.out.println("espeak-ng not available (" + speaker.state() + "): no speech figures");
                return;
            }
            for (int i = 0; i < prompts + 3; i++) {
                speaker.say("请输入11位手机号码，然后按下一步。第" + i + "次");
                Thread.sleep(150);
            }
            speaker.awaitQuiet(Duration.ofSeconds(30));
        } finally {
            Files.deleteIfExists(wav);
        }
        List<Long> nanos = started.stream().skip(3).map(s -> s.startedNanos() - s.askedNanos()).toList();
        print("say() -> espeak-ng process started", nanos);
    }

    private static void print(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.println(what + ": no samples");
            return;
        }
        System.out.printf("%s: n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, sorted.length,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

}
