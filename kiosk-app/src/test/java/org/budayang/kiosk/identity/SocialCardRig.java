package org.budayang.kiosk.identity;

import com.licel.jcardsim.smartcardio.CardSimulator;
import com.licel.jcardsim.smartcardio.CardTerminalSimulator;
import com.licel.jcardsim.utils.AIDUtil;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javacard.framework.AID;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.pcscsscard.PcscSocialSecurityCardReaderProvider;
import org.budayang.driver.pcscsscard.TerminalSource;
import org.budayang.driver.sscard.SocialSecurityCardReader;

/**
 * The real {@code pcsc-sscard} driver (built by its provider) over jcardsim's {@code javax.smartcardio} terminals,
 * with a simulated 社保卡 ({@link SocialCardApplet}) of 张三 (社会保障号码 620102195803150034, card number
 * A12345678, valid 2020-01-10 to 2030-01-10) that the test inserts and removes. Opened and enabled.
 */
public final class SocialCardRig implements AutoCloseable {
    public static final String NUMBER = "620102195803150034";
    public static final String CARD_NUMBER = "A12345678";
    /** SSSE: "sx1.sh." then 社会保障 in GBK (DOMAIN.md). */
    private static final byte[] SSSE = hex("7378312E73682EC9E7BBE1B1A3D5CF");
    private static final String READER = "jcardsim 00";

    private final CardSimulator simulator = new CardSimulator();
    private final CardTerminals terminals = CardTerminalSimulator.terminals(READER);
    private final CardTerminal terminal = terminals.getTerminal(READER);
    public final SocialSecurityCardReader reader;

    public SocialCardRig() throws LinkLostException {
        SocialCardApplet.FILES.put(0xEF05, Map.of(
                1, record(1, an("620100D156000005A1B2C3D4E5F60708", 32)),
                3, record(3, an("3.00", 4)),
                5, record(5, cn("20200110", 4)),
                6, record(6, cn("20300110", 4)),
                7, record(7, an(CARD_NUMBER, 9))));
        SocialCardApplet.FILES.put(0xEF06, Map.of(
                1, record(1, an(NUMBER, 18)),
                2, record(2, padded("张三".getBytes(Charset.forName("GBK")), 30)),
                3, record(3, an("1", 1)),
                4, record(4, cn("01", 1))));
        AID aid = AIDUtil.create(SSSE);
        simulator.installApplet(aid, SocialCardApplet.class);
        TerminalSource source = new TerminalSource() {
            @Override
            public CardTerminals open() {
                return terminals;
            }

            @Override
            public String describe() {
                return "jcardsim PC/SC";
            }
        };
        reader = (SocialSecurityCardReader) new PcscSocialSecurityCardReaderProvider(source).create(
                new DriverContext("socialCardReader", DriverSettings.of("socialCardReader",
                        Map.of("reader", READER, "pollInterval", "50ms")), Clock.systemUTC()));
        reader.open();
        reader.enable();
    }

    public void insert() {
        simulator.assignToTerminal(terminal);
    }

    public void remove() {
        simulator.assignToTerminal(null);
    }

    private static byte[] record(int number, byte[] value) {
        byte[] out = new byte[value.length + 2];
        out[0] = (byte) number;
        out[1] = (byte) value.length;
        System.arraycopy(value, 0, out, 2, value.length);
        return out;
    }

    private static byte[] an(String text, int length) {
        return padded(text.getBytes(StandardCharsets.US_ASCII), length);
    }

    private static byte[] padded(byte[] bytes, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return out;
    }

    /** Packed BCD, padded at the end with F nibbles. */
    private static byte[] cn(String digits, int length) {
        byte[] out = new byte[length];
        java.util.Arrays.fill(out, (byte) 0xFF);
        for (int i = 0; i < digits.length(); i++) {
            int nibble = digits.charAt(i) - '0';
            int shift = i % 2 == 0 ? 4 : 0;
            out[i / 2] = (byte) ((out[i / 2] & ~(0x0F << shift)) | (nibble << shift));
        }
        return out;
    }

    private static byte[] hex(String text) {
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    @Override
    public void close() {
        reader.close();
        remove();
    }
}
