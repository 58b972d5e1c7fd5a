package org.budayang.driver.idcardsam;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.PipeLinks;

/** The real driver against the emulator over in-memory pipes; each open gets a fresh pipe ("cable"). */
final class Rig implements AutoCloseable {
    final ReaderEmulator emulator = ReaderEmulator.withDemoCards(4);
    final List<CardEvent> events = new CopyOnWriteArrayList<>();
    final List<DeviceStatus> statuses = new CopyOnWriteArrayList<>();
    final SamIdCardReader reader;
    volatile Link hostEnd;
    volatile Link deviceEnd;

    Rig(SamSettings settings) {
        LinkOpener opener = () -> {
            PipeLinks.Pair pair = PipeLinks.pair("pipe idcard");
            hostEnd = pair.host();
            deviceEnd = pair.device();
            emulator.start(pair.device());
            return pair.host();
        };
        reader = new SamIdCardReader("idCardReader", settings, opener, Clock.systemUTC());
        reader.onCardEvent(events::add);
        reader.onStatusChange(statuses::add);
    }

    static SamSettings fast() {
        return new SamSettings(Duration.ofMillis(100), Duration.ofMillis(400), 3, false);
    }

    static IdCard withoutFingerprint(IdCard card) {
        return new IdCard(card.name(), card.sex(), card.nation(), card.birthDate(), card.address(), card.idNumber(),
                card.authority(), card.validFrom(), card.validTo(), card.photo(), Optional.empty());
    }

    /** Pulls the cable: both ends of the current pipe close. */
    void unplug() {
        deviceEnd.close();
    }

    @Override
    public void close() {
        reader.close();
        emulator.close();
    }
}
