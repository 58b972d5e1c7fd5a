package org.budayang.driver.idcardsam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.emulator.DemoCards;
import org.budayang.driver.idcardsam.emulator.GeneratedCards;

/**
 * The codec on hostile input: random bytes and mutated valid frames never throw anything but the
 * codec's declared {@link SamProtocolException}, never give a card from a corrupt frame, and a valid
 * frame after garbage is always found. Bytes are fed in random chunks, as a serial line delivers them.
 */
class FrameCodecPropertiesTest {
    private static final List<IdCard> CARDS = allCards();

    private static List<IdCard> allCards() {
        List<IdCard> all = new ArrayList<>(DemoCards.all());
        all.addAll(GeneratedCards.generate(50, 7, LocalDate.of(2026, 1, 1)));
        return all;
    }

    /** What came out of a stream: cards decoded, frames seen, refusals. */
    record Result(List<IdCard> cards, int frames, List<FrameProblem> problems) {
    }

    static Result scan(byte[] stream, int chunk, boolean fingerprint) {
        FrameScanner scanner = FrameScanner.responses();
        List<IdCard> cards = new ArrayList<>();
        List<FrameProblem> problems = new ArrayList<>();
        int frames = 0;
        for (int from = 0; from < stream.length; from += chunk) {
            scanner.feed(stream, from, Math.min(chunk, stream.length - from));
            for (int guard = 0; ; guard++) {
                assertTrue(guard < stream.length + 10, "the scanner does not make progress");
                Scan scan = scanner.next();
                if (scan instanceof Scan.NeedMore) {
                    break;
                }
                if (scan instanceof Scan.Refused refused) {
                    problems.add(refused.problem());
                    continue;
                }
                frames++;
                try {
                    Response response = Response.parse(((Scan.Frame) scan).payload());
                    cards.add(ReadFrames.decode(response, fingerprint));
                } catch (SamProtocolException declared) {
                    problems.add(declared.problem());
                }
            }
        }
        return new Result(cards, frames, problems);
    }

    static byte[] readFrame(IdCard card, boolean fingerprint) {
        return Response.frame(Sw3.SUCCESS, ReadFrames.encode(card, fingerprint));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Provide
    Arbitrary<IdCard> cards() {
        return Arbitraries.of(CARDS);
    }

    @Property(tries = 500)
    void randomBytesNeverThrowAndNeverGiveACard(@ForAll @Size(max = 3000) byte[] bytes,
                                                @ForAll @IntRange(min = 1, max = 700) int chunk,
                                                @ForAll boolean fingerprint) {
        assertEquals(List.of(), scan(bytes, chunk, fingerprint).cards());
    }

    @Property(tries = 500)
    void randomBytesAfterAPreambleNeverThrowAndNeverGiveACard(@ForAll @Size(max = 2400) byte[] bytes,
                                                              @ForAll @IntRange(min = 1, max = 700) int chunk) {
        byte[] stream = concat(new byte[]{(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69}, bytes);
        assertEquals(List.of(), scan(stream, chunk, false).cards());
    }

    @Property(tries = 1000)
    void anyOneChangedByteIsNeverACard(@ForAll("cards") IdCard card, @ForAll @IntRange(max = 1294) int position,
                                       @ForAll @IntRange(min = 1, max = 255) int xor,
                                       @ForAll @IntRange(min = 1, max = 1295) int chunk) {
        byte[] frame = readFrame(card, false);
        frame[position] ^= (byte) xor;
        Result result = scan(frame, chunk, false);
        assertEquals(List.of(), result.cards(), "changed byte " + position);
    }

    @Property(tries = 500)
    void anyTruncationOrDeletedByteIsNeverACard(@ForAll("cards") IdCard card,
                                                @ForAll @IntRange(max = 1294) int position,
                                                @ForAll boolean truncate) {
        byte[] frame = readFrame(card, false);
        byte[] broken = truncate ? Arrays.copyOf(frame, position) : concat(Arrays.copyOf(frame, position),
                Arrays.copyOfRange(frame, position + 1, frame.length));
        assertEquals(List.of(), scan(broken, 64, false).cards());
    }

    @Property(tries = 500)
    void aValidFrameAfterGarbageIsAlwaysFound(@ForAll("cards") IdCard card, @ForAll @Size(max = 3000) byte[] garbage,
                                              @ForAll @IntRange(min = 1, max = 1500) int chunk,
                                              @ForAll boolean fingerprint) {
        byte[] stream = concat(garbage, readFrame(card, fingerprint));
        Result result = scan(stream, chunk, fingerprint);
        IdCard expected = fingerprint ? card : Rig.withoutFingerprint(card);
        assertTrue(result.cards().contains(expected), "no card after " + garbage.length + " bytes of garbage; "
                + result.problems());
    }

    @Property(tries = 500)
    void aValidFrameAfterACorruptOneIsAlwaysFound(@ForAll("cards") IdCard first, @ForAll("cards") IdCard second,
                                                  @ForAll @IntRange(max = 1294) int position,
                                                  @ForAll @IntRange(min = 1, max = 255) int xor,
                                                  @ForAll @IntRange(min = 1, max = 1500) int chunk) {
        byte[] corrupt = readFrame(first, false);
        corrupt[position] ^= (byte) xor;
        Result result = scan(concat(corrupt, readFrame(second, false)), chunk, false);
        assertEquals(List.of(Rig.withoutFingerprint(second)), result.cards(), "corrupt byte " + position
                + "; " + result.problems());
    }

    @Property(tries = 300)
    void aValidFrameAfterACutOneIsAlwaysFound(@ForAll("cards") IdCard first, @ForAll("cards") IdCard second,
                                              @ForAll @IntRange(min = 7, max = 1294) int cut,
                                              @ForAll @IntRange(min = 1, max = 1500) int chunk) {
        byte[] stream = concat(Arrays.copyOf(readFrame(first, false), cut), readFrame(second, false));
        Result result = scan(stream, chunk, false);
        assertEquals(List.of(Rig.withoutFingerprint(second)), result.cards(), "cut at " + cut);
    }
}
