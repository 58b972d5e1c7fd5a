package org.budayang.kiosk.ui.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.identity.AcceptedIdentification;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.face.FaceCaptureState;
import org.budayang.kiosk.ui.face.FaceCaptureViewModel;

/**
 * The identification steps of an item's flow (issue #6): the choice of a way that works now, the card or code,
 * then the face when the item checks one and the way captures it. Holds the three view models; the shell shows the
 * {@link Step} this asks for and calls back on its events. A camera without a working face check cannot serve face
 * capture, so the ways that need it are not offered.
 */
public final class IdentificationFlow {

    /** What the shell should show next. */
    public enum Step {
        /** The identification choice screen. */
        CHOICE,
        /** The face capture screen. */
        FACE,
        /** Identification is complete for the item: back to the guide (the rest of the flow comes later). */
        DONE
    }

    private final IdentificationViewModel identification;
    private final IdentificationChoiceViewModel choice;
    private final FaceCaptureViewModel face;
    private final Predicate<DeviceRole> canServe;
    private final Consumer<Step> show;
    private boolean active;

    /**
     * @param devices  whether a role can serve now, the same answer availability gives
     *                 ({@code role -> availability.deviceProblem(role).isEmpty()}; availability is built on
     *                 {@link IdentityDevices#servingStatus}, so a camera without a face check does not serve)
     * @param show     the shell's navigation to a step (called on the FX thread)
     */
    public IdentificationFlow(IdCardAccess cardReader, IdentityDevices identity, Predicate<DeviceRole> devices,
            Messages messages, Clock clock, Consumer<Step> show) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(devices, "devices");
        this.show = Objects.requireNonNull(show, "show");
        this.canServe = devices;
        identification = new IdentificationViewModel(cardReader, identity.socialCards(), identity.scanner(), messages,
                clock);
        choice = new IdentificationChoiceViewModel(canServe, identification);
        face = new FaceCaptureViewModel(identity.camera(), identity.faceCheck(), messages, clock,
                identity.cameraWork(), identity.fx(), FaceCaptureViewModel.Settings.DEFAULT, identity.ticker());
        identification.stateProperty().addListener((obs, old, now) -> identificationChanged(now));
        face.stateProperty().addListener((obs, old, now) -> {
            if (now == FaceCaptureState.CAPTURED && active) {
                finish();
            }
        });
    }

    /**
     * 开始办理 on {@code item}: the step it needs first, or {@link Step#DONE} when it needs none (no identify step,
     * or identified already in a way the item accepts and the face taken or not needed). A citizen identified in a
     * way the item does not accept identifies again (the earlier identity is wiped).
     */
    public Step start(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        if (AcceptedIdentification.identifies(item) && identified()
                && !AcceptedIdentification.of(item).contains(identification.session().orElseThrow().certType())) {
            // e.g. a 医保电子凭证 session starting a 公安 item: the item needs another identification, which replaces it
            identification.wipe();
        }
        if (AcceptedIdentification.identifies(item) && !identified()) {
            active = true;
            choice.show(item);
            return Step.CHOICE;
        }
        if (identified() && needsFace(item)) {
            active = true;
            startFace();
            return Step.FACE;
        }
        return Step.DONE;
    }

    private boolean needsFace(ServiceItem item) {
        CitizenSession session = identification.session().orElse(null);
        return session != null && AcceptedIdentification.checksFace(item)
                && IdentificationWay.of(session.certType()).capturesFace() && !session.hasFace();
    }

    private void identificationChanged(IdentificationState now) {
        if (now != IdentificationState.IDENTIFIED || !active || choice.item() == null) {
            return;
        }
        if (needsFace(choice.item())) {
            startFace();
            show.accept(Step.FACE);
        } else {
            finish();
        }
    }

    private void startFace() {
        CitizenSession session = identification.session().orElseThrow();
        face.start(session::keepFace);
    }

    /**
     * The flow engine asks for the face again (人证比对 did not match, or a letter is signed by face): the face
     * capture starts on the identified citizen and {@link Step#DONE} follows the capture as after identification.
     */
    public void retakeFace() {
        if (!identified()) {
            throw new IllegalStateException("IdentificationFlow: cannot retakeFace while no citizen is identified");
        }
        active = true;
        startFace();
        show.accept(Step.FACE);
    }

    private void finish() {
        leave();
        show.accept(Step.DONE);
    }

    /** Whether the ID card way is the one chosen (a card placed now is read). */
    public boolean waitsForIdCard() {
        return active && choice.chosenProperty().get() == IdentificationWay.ID_CARD;
    }

    /** A device's health changed: ways come and go, a camera that stops serving ends the face capture. */
    public void devicesChanged() {
        choice.refresh();
        face.cameraServes(canServe.test(DeviceRole.CAMERA));
    }

    /** The citizen left the steps (返回, 首页): the preview stops, the wait for a card or code ends. */
    public void leave() {
        active = false;
        face.stop();
        choice.clear();
    }

    /** The session ended: every step and the identity wiped. */
    public void wipe() {
        active = false;
        face.wipe();
        choice.clear();
        identification.wipe();
    }

    /** Whether a citizen is identified now. */
    public boolean identified() {
        return identification.stateProperty().get() == IdentificationState.IDENTIFIED;
    }

    public IdentificationViewModel identification() {
        return identification;
    }

    public IdentificationChoiceViewModel choice() {
        return choice;
    }

    public FaceCaptureViewModel face() {
        return face;
    }
}
