package org.budayang.kiosk.ui.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity.CertType;
import org.budayang.kiosk.identity.AcceptedIdentification;
import org.budayang.kiosk.identity.IdentificationWay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identification choice screen: for the item being started, the ways it accepts
 * ({@link AcceptedIdentification}) that work right now (every device the way needs serves, on the live
 * {@code DeviceBoard}). A way whose device fails disappears at the next {@link #refresh()} (the shell calls it on
 * every health change); when it was the chosen one, the wait for its card or code stops. No way left: the screen
 * says so and offers 呼叫帮办.
 */
public final class IdentificationChoiceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(IdentificationChoiceViewModel.class);

    private final Predicate<DeviceRole> canServe;
    private final IdentificationViewModel identification;
    private final ObservableList<IdentificationWay> ways = FXCollections.observableArrayList();
    private final ObservableList<IdentificationWay> waysView = FXCollections.unmodifiableObservableList(ways);
    private final ReadOnlyStringWrapper itemName = new ReadOnlyStringWrapper(this, "itemName", "");
    private final ReadOnlyBooleanWrapper faceCheck = new ReadOnlyBooleanWrapper(this, "faceCheck");
    private final ReadOnlyBooleanWrapper noWay = new ReadOnlyBooleanWrapper(this, "noWay");
    private final ReadOnlyObjectWrapper<IdentificationWay> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private ServiceItem item;

    /**
     * @param canServe       whether a device role can serve now ({@code deviceBoard::canServe})
     * @param identification reads the card or waits for the code of the chosen way
     */
    public IdentificationChoiceViewModel(Predicate<DeviceRole> canServe, IdentificationViewModel identification) {
        this.canServe = Objects.requireNonNull(canServe, "canServe");
        this.identification = Objects.requireNonNull(identification, "identification");
    }

    /** The choice for {@code item}: nothing chosen yet. */
    public void show(ServiceItem shown) {
        this.item = Objects.requireNonNull(shown, "item");
        itemName.set(shown.name());
        faceCheck.set(AcceptedIdentification.checksFace(shown));
        chosen.set(null);
        refresh();
    }

    /** Checks the devices again: ways that stopped working disappear, ways that work again come back. */
    public void refresh() {
        if (item == null) {
            return;
        }
        Set<CertType> accepted = AcceptedIdentification.of(item);
        List<IdentificationWay> working = new ArrayList<>();
        for (IdentificationWay way : IdentificationWay.values()) {
            if (accepted.contains(way.certType()) && way.devices(faceCheck.get()).stream().allMatch(canServe)) {
                working.add(way);
            }
        }
        if (!working.equals(ways)) {
            ways.setAll(working);
        }
        noWay.set(working.isEmpty());
        IdentificationWay current = chosen.get();
        if (current != null && !working.contains(current)) {
            LOG.info("Identification by {} stopped: its device no longer serves", current);
            chosen.set(null);
            identification.stopWaiting();
        }
    }

    /**
     * The citizen touched a way: the kiosk asks for the card or code.
     *
     * @return whether the way was taken (it must be one shown now, and no read may be running)
     */
    public boolean choose(IdentificationWay way) {
        Objects.requireNonNull(way, "way");
        if (!ways.contains(way)) {
            LOG.debug("Identification way {} refused: it is not offered now ({})", way, ways);
            return false;
        }
        if (!identification.expect(way.certType())) {
            return false;
        }
        chosen.set(way);
        return true;
    }

    /** Another way: back to the list, the wait for the chosen card or code stops. */
    public void chooseAgain() {
        chosen.set(null);
        identification.stopWaiting();
    }

    /** Leaves the screen: nothing chosen, no item. */
    public void clear() {
        chosen.set(null);
        identification.stopWaiting();
        item = null;
        itemName.set("");
        ways.clear();
        noWay.set(false);
    }

    /** The item being started, while the screen is shown. */
    public ServiceItem item() {
        return item;
    }

    /** The ways that work now, in a fixed order (身份证, 社保卡, 医保电子凭证). */
    public ObservableList<IdentificationWay> ways() {
        return waysView;
    }

    public ReadOnlyStringProperty itemNameProperty() {
        return itemName.getReadOnlyProperty();
    }

    /** Whether the item compares a live face (the card ways read "+ 刷脸"). */
    public ReadOnlyBooleanProperty faceCheckProperty() {
        return faceCheck.getReadOnlyProperty();
    }

    /** Whether no way works now (the screen offers 呼叫帮办). */
    public ReadOnlyBooleanProperty noWayProperty() {
        return noWay.getReadOnlyProperty();
    }

    /** The way the citizen chose, or null while choosing. */
    public ReadOnlyObjectProperty<IdentificationWay> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }
}
