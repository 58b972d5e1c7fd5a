package org.budayang.kiosk.ui.flow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.SignedLetter;
import org.budayang.kiosk.ui.common.Messages;

/**
 * The COMMITMENT step: the 告知承诺书 of an item with 告知承诺, and the 容缺受理承诺书 when the citizen marks a
 * deferrable material as missing on an item that allows 容缺受理. The citizen reads the text, ticks 我已阅读并承诺
 * and signs (by face where the kiosk has a camera). A step with neither letter (materials complete, no 告知承诺)
 * goes on without a tick.
 */
public final class CommitmentModel {
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ObservableList<String> deferrable = FXCollections.observableArrayList();
    private final ObservableList<String> lacking = FXCollections.observableArrayList();
    private final BooleanProperty agreed = new SimpleBooleanProperty(this, "agreed");
    private final SimpleBooleanProperty notice = new SimpleBooleanProperty(this, "notice");
    private final BooleanBinding needsSignature = Bindings.createBooleanBinding(
            () -> notice.get() || !lacking.isEmpty(), notice, lacking);
    private final BooleanBinding canSign = Bindings.createBooleanBinding(
            () -> !needsSignature.get() || agreed.get(), needsSignature, agreed);
    private ServiceItem item;
    private SignedLetter commitment;
    private SignedLetter deferral;

    CommitmentModel(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        lacking.addListener((javafx.collections.ListChangeListener<String>) c -> rewrite());
    }

    void show(ServiceItem shown) {
        item = Objects.requireNonNull(shown, "item");
        notice.set(shown.commitmentNotice());
        deferrable.setAll(shown.deferredAcceptance()
                ? shown.guide().materials().stream().filter(Material::deferrable).map(Material::name).toList()
                : List.of());
        agreed.set(false);
        rewrite();
    }

    /** Marks a deferrable material as missing (容缺) or brought again; the letter text follows. */
    public void toggleLacking(String material) {
        if (!deferrable.contains(material)) {
            return;
        }
        if (!lacking.remove(material)) {
            lacking.add(material);
        }
        agreed.set(false);
    }

    private void rewrite() {
        if (item == null) {
            text.set("");
            return;
        }
        StringBuilder letter = new StringBuilder();
        if (notice.get()) {
            letter.append(messages.get("flow.letter.notice", item.name(), item.agency(),
                    String.join("；", item.guide().conditions()), item.guide().legalBasis()));
        }
        if (!lacking.isEmpty()) {
            if (letter.length() > 0) {
                letter.append("\n\n");
            }
            letter.append(messages.get("flow.letter.deferral", item.name(), String.join("、", lacking)));
        }
        if (letter.length() == 0) {
            letter.append(messages.get("flow.letter.none"));
        }
        text.set(letter.toString());
    }

    /** Signs what the citizen agreed to, at {@code when}. */
    void sign(Instant when) {
        commitment = notice.get() ? new SignedLetter("GZCN-" + item.basicCode() + "-v1", when) : null;
        deferral = lacking.isEmpty() ? null : new SignedLetter("RQSL-" + item.basicCode() + "-v1", when);
    }

    /** The materials handed over: every material of the guide but those marked missing. */
    List<String> materialsProvided() {
        return item == null ? List.of() : item.guide().materials().stream().map(Material::name)
                .filter(name -> !lacking.contains(name)).toList();
    }

    SignedLetter commitment() {
        return commitment;
    }

    SignedLetter deferral() {
        return deferral;
    }

    void wipe() {
        item = null;
        commitment = null;
        deferral = null;
        deferrable.clear();
        lacking.clear();
        agreed.set(false);
        notice.set(false);
        text.set("");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** 我已阅读并承诺 (the view's tick box writes it). */
    public BooleanProperty agreedProperty() {
        return agreed;
    }

    /** The materials the citizen may mark as missing (容缺受理). */
    public ObservableList<String> deferrable() {
        return FXCollections.unmodifiableObservableList(deferrable);
    }

    public ObservableList<String> lacking() {
        return FXCollections.unmodifiableObservableList(lacking);
    }

    /** Whether a letter must be signed (告知承诺, or a material marked missing). */
    public BooleanBinding needsSignatureProperty() {
        return needsSignature;
    }

    /** Whether 下一步 / 确认签署 may be pressed. */
    public BooleanBinding canSignProperty() {
        return canSign;
    }
}
