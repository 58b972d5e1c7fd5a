package org.budayang.kiosk.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.kiosk.ui.identity.IdentificationFlow;
import org.budayang.kiosk.ui.identity.IdentificationViewModel;
import org.budayang.kiosk.ui.identity.IdentificationState;
import org.budayang.kiosk.ui.idle.IdleViewModel;
import org.budayang.kiosk.ui.reprint.ReprintViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shell's answer to the card readers. ID card placed while attract or home is shown: home, and a read starts;
 * placed on the identification choice with the ID card way chosen: read. Removed (ID card or 社保卡) from an
 * identified citizen: the session ends, like the idle expiry and 结束办理. A citizen identified by a card placed on
 * attract or home (the read ends on home) is offered the documents that did not finish printing
 * ({@link ReprintViewModel}).
 */
final class CardEvents {
    private static final Logger LOG = LoggerFactory.getLogger(CardEvents.class);

    private final Supplier<Screen> screen;
    private final IdentificationFlow identifying;
    private final IdentificationViewModel identification;
    private final IdleViewModel idle;
    private final Runnable start;
    private final Consumer<String> endSession;

    CardEvents(Supplier<Screen> screen, IdentificationFlow identifying, IdleViewModel idle, Runnable start,
            Consumer<String> endSession, ReprintViewModel reprint) {
        this.screen = Objects.requireNonNull(screen, "screen");
        this.identifying = Objects.requireNonNull(identifying, "identifying");
        this.identification = identifying.identification();
        this.idle = Objects.requireNonNull(idle, "idle");
        this.start = Objects.requireNonNull(start, "start");
        this.endSession = Objects.requireNonNull(endSession, "endSession");
        Objects.requireNonNull(reprint, "reprint");
        identification.stateProperty().addListener((obs, old, now) -> {
            if (now == IdentificationState.IDENTIFIED && screen.get() == Screen.HOME) {
                identification.session().ifPresent(s -> reprint.check(s.identity()));
            }
        });
    }

    void idCard(CardEvent event) {
        Screen shown = screen.get();
        if (event.type() == CardEvent.Type.PLACED && shown == Screen.IDENTIFY && identifying.waitsForIdCard()) {
            idle.activity();
            identification.read();
            return;
        }
        if (event.type() == CardEvent.Type.PLACED) {
            if (shown != Screen.ATTRACT && shown != Screen.HOME) {
                LOG.debug("ID card placed on {}: identification starts only on attract or home", shown);
                return;
            }
            if (identification.stateProperty().get().canStartRead()) {
                start.run();
                idle.activity();
                identification.read();
            }
        } else if (identification.cardRemoved()) {
            endSession.accept("the ID card was taken away");
        }
    }

    void socialCard(CardEvent event) {
        if (event.type() == CardEvent.Type.PLACED) {
            idle.activity();
        }
        if (identification.socialCardEvent(event)) {
            endSession.accept("the social security card was pulled out");
        }
    }
}
