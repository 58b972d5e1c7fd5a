package org.budayang.driver.pcscsscard;

import com.licel.jcardsim.smartcardio.CardSimulator;
import com.licel.jcardsim.smartcardio.CardTerminalSimulator;
import com.licel.jcardsim.utils.AIDUtil;
import java.util.Map;
import javacard.framework.AID;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A 社保卡 in jcardsim: the {@link SsseApplet} installed under the SSSE AID and personalised with a
 * {@link CardImage} through UPDATE RECORD, like a card at the bureau; and two simulated PC/SC terminals
 * ({@code jcardsim 00}, {@code jcardsim 01}) the card can be inserted into and removed from.
 */
final class SimCard {
    static final String READER = "jcardsim 00";

    final CardSimulator simulator = new CardSimulator();
    final CardTerminals terminals = CardTerminalSimulator.terminals(READER, "jcardsim 01");
    final CardTerminal terminal = terminals.getTerminal(READER);

    /** A 社保卡 holding {@code image}. */
    static SimCard of(CardImage image) {
        SimCard card = new SimCard();
        AID aid = AIDUtil.create(Ssse.AID);
        card.simulator.installApplet(aid, SsseApplet.class);
        card.simulator.selectApplet(aid);
        for (Map.Entry<Integer, Map<Integer, byte[]>> file : image.files().entrySet()) {
            card.expectOk(Ssse.selectFile(file.getKey()));
            for (Map.Entry<Integer, byte[]> record : file.getValue().entrySet()) {
                card.expectOk(new CommandAPDU(0x00, 0xDC, record.getKey(), 0x04, record.getValue()));
            }
        }
        return card;
    }

    /** A card without the SSSE application (a bank card, a transport card). */
    static SimCard foreign() {
        return new SimCard();
    }

    /** Blocks the application (the card answers 6283 / 6983 from now on). */
    SimCard lock() {
        simulator.selectApplet(AIDUtil.create(Ssse.AID));
        expectOk(new CommandAPDU(0x80, 0xE1, 0x00, 0x00));
        return this;
    }

    /** EF06 wants a PSAM authentication (6982), as on a third-generation card. */
    SimCard thirdGeneration() {
        simulator.selectApplet(AIDUtil.create(Ssse.AID));
        expectOk(new CommandAPDU(0x80, 0xE2, 0x00, 0x00));
        return this;
    }

    SimCard insert() {
        simulator.assignToTerminal(terminal);
        return this;
    }

    SimCard remove() {
        simulator.assignToTerminal(null);
        return this;
    }

    /** The card straight through jcardsim, as the codec's transport. */
    ResponseAPDU transmit(CommandAPDU command) {
        return simulator.transmitCommand(command);
    }

    TerminalSource source() {
        return new TerminalSource() {
            @Override
            public CardTerminals open() {
                return terminals;
            }

            @Override
            public String describe() {
                return "jcardsim PC/SC";
            }
        };
    }

    private void expectOk(CommandAPDU command) {
        ResponseAPDU answer = simulator.transmitCommand(command);
        if (answer.getSW() != 0x9000) {
            throw new IllegalStateException("personalising the simulated card: " + command + " answered "
                    + Integer.toHexString(answer.getSW()));
        }
    }
}
