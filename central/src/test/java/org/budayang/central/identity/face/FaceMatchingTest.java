package org.budayang.central.identity.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.budayang.api.identity.FaceCheckDetail;
import org.budayang.api.identity.FaceCheckReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The error rates of the sandbox face comparison on a fixed sample (see docs/sandbox/face-matching.md
 * for the full distributions): false rejects of the same person and false accepts of others stay
 * below the limits stated there, and each kind of bad capture is answered with its reason.
 */
class FaceMatchingTest {
    static final int PEOPLE = 24;
    static final double MAX_FALSE_REJECT = 0.10;
    static final double MAX_FALSE_ACCEPT = 0.10;
    static final double MIN_BAD_CAPTURE_RECOGNISED = 0.75;

    private static final PortraitGenerator PORTRAITS = new PortraitGenerator();
    private static final LiveCaptureSimulator CAMERA = new LiveCaptureSimulator();
    private static final FaceAnalyser ANALYSER = new FaceAnalyser(FaceSettings.DEFAULTS);
    private static final RegisteredFace[] REGISTERED = new RegisteredFace[PEOPLE];

    @BeforeAll
    static void register() {
        for (int p = 0; p < PEOPLE; p++) {
            REGISTERED[p] = ANALYSER.register(PORTRAITS.portrait(seed(p)));
        }
    }

    static long seed(int person) {
        return 900_000L + person * 7919L;
    }

    @Test
    void theSamePersonUnderVariedConditionsMatchesAndOthersDoNot() {
        int falseRejects = 0;
        int falseAccepts = 0;
        for (int p = 0; p < PEOPLE; p++) {
            FaceComparison same = ANALYSER.compare(capture(seed(p), p, LiveCaptureSimulator.Kind.GOOD), REGISTERED[p]);
            if (same.reason() != FaceCheckReason.MATCH) {
                falseRejects++;
            }
            int other = (p + 5) % PEOPLE;
            FaceComparison impostor = ANALYSER.compare(capture(seed(other), p + 100, LiveCaptureSimulator.Kind.GOOD),
                    REGISTERED[p]);
            if (impostor.reason() == FaceCheckReason.MATCH) {
                falseAccepts++;
            }
        }
        assertTrue(falseRejects <= MAX_FALSE_REJECT * PEOPLE, falseRejects + " of " + PEOPLE + " genuine captures rejected");
        assertTrue(falseAccepts <= MAX_FALSE_ACCEPT * PEOPLE, falseAccepts + " of " + PEOPLE + " impostors accepted");
    }

    @Test
    void badCapturesAreAnsweredWithTheirReason() {
        Map<LiveCaptureSimulator.Kind, String> expected = new EnumMap<>(LiveCaptureSimulator.Kind.class);
        expected.put(LiveCaptureSimulator.Kind.EMPTY_SCENE, "NO_FACE/null");
        expected.put(LiveCaptureSimulator.Kind.TOO_DARK, "LOW_QUALITY/TOO_DARK");
        expected.put(LiveCaptureSimulator.Kind.BLURRED, "LOW_QUALITY/BLURRED");
        expected.put(LiveCaptureSimulator.Kind.TOO_SMALL, "LOW_QUALITY/TOO_SMALL");
        expected.put(LiveCaptureSimulator.Kind.OFF_CENTRE, "LOW_QUALITY/OFF_CENTRE");
        int samples = 12;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<LiveCaptureSimulator.Kind, String> kind : expected.entrySet()) {
            int recognised = 0;
            for (int p = 0; p < samples; p++) {
                FaceComparison c = ANALYSER.compare(capture(seed(p), 40 + p, kind.getKey()), REGISTERED[p]);
                if ((c.reason() + "/" + c.detail()).equals(kind.getValue())) {
                    recognised++;
                }
                assertTrue(c.reason() != FaceCheckReason.MATCH || kind.getKey() == LiveCaptureSimulator.Kind.BLURRED,
                        kind.getKey() + " capture of person " + p + " matched");
            }
            report.append(kind.getKey()).append(' ').append(recognised).append('/').append(samples).append("; ");
            assertTrue(recognised >= MIN_BAD_CAPTURE_RECOGNISED * samples, report.toString());
        }
    }

    @Test
    void aDarkFrameIsTooDarkAndSaysSoInChinese() {
        FaceComparison c = ANALYSER.compare(capture(seed(1), 7, LiveCaptureSimulator.Kind.TOO_DARK), REGISTERED[1]);
        assertEquals(FaceCheckDetail.TOO_DARK, c.detail());
        assertTrue(c.detail().citizenMessage().startsWith("光线太暗"), c.detail().citizenMessage());
    }

    static BufferedImage capture(long person, long captureSeed, LiveCaptureSimulator.Kind kind) {
        try {
            return ImageIO.read(new ByteArrayInputStream(CAMERA.jpeg(person, captureSeed, kind)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
