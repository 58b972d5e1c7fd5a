package org.budayang.kiosk.ui.reprint;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceDesk.PendingReprint;
import org.budayang.kiosk.service.ServiceFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 您有未打印完成的材料: when a citizen identified by a card placed on attract or home has documents whose printing
 * did not finish (desk.pendingReprints), they are offered with 重新打印 each and 不用了. The desk is called on the work
 * executor, answers come back on the fx one; answers of a session that was wiped meanwhile are dropped. Nothing of
 * the citizen is logged.
 */
public final class ReprintViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReprintViewModel.class);

    private final ServiceDesk desk;
    private final Executor work;
    private final Executor fx;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<ReprintState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ReprintState.NONE);
    private final ObservableList<PendingReprint> pending = FXCollections.observableArrayList();
    private final ObservableList<String> progress = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ReprintViewModel(ServiceDesk desk, Executor work, Executor fx) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.work = Objects.requireNonNull(work, "work");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** The citizen was identified on attract/home: asks the desk for their pending documents (FX thread). */
    public void check(CitizenIdentity citizen) {
        Objects.requireNonNull(citizen, "citizen");
        if (state.get() != ReprintState.NONE || !desk.available()) {
            return;
        }
        state.set(ReprintState.CHECKING);
        long mine = generation.get();
        call(mine, () -> {
            List<PendingReprint> found = desk.pendingReprints(citizen);
            return () -> {
                if (found.isEmpty()) {
                    state.set(ReprintState.NONE);
                    return;
                }
                LOG.info("{} document(s) pending reprint offered", found.size());
                pending.setAll(found);
                state.set(ReprintState.OFFERED);
            };
        }, () -> state.set(ReprintState.NONE));
    }

    /** 重新打印 on one offered document. */
    public void reprint(PendingReprint document) {
        Objects.requireNonNull(document, "document");
        if (state.get() != ReprintState.OFFERED && state.get() != ReprintState.FAILED) {
            throw new IllegalStateException("ReprintViewModel: cannot reprint in state " + state.get());
        }
        if (!pending.contains(document)) {
            throw new IllegalArgumentException("ReprintViewModel: transaction " + document.transactionId()
                    + " is not offered");
        }
        state.set(ReprintState.PRINTING);
        progress.clear();
        message.set("");
        long mine = generation.get();
        call(mine, () -> {
            try {
                ServiceDesk.Printed printed = desk.reprint(document, line -> later(mine, () -> progress.add(line)));
                return () -> {
                    pending.remove(document);
                    message.set(printed.title());
                    state.set(ReprintState.PRINTED);
                };
            } catch (ServiceFailure failure) {
                LOG.info("Reprint of transaction {} failed: {} ({})", document.transactionId(), failure.code(),
                        failure.getMessage());
                return () -> {
                    message.set(failure.citizenMessage());
                    state.set(ReprintState.FAILED);
                };
            }
        }, () -> state.set(ReprintState.FAILED));
    }

    /** After 请取走: the other pending documents again, or the offer ends. */
    public void next() {
        state.set(pending.isEmpty() ? ReprintState.NONE : ReprintState.OFFERED);
    }

    /** 不用了: the offer ends (the citizen goes on to home). */
    public void decline() {
        wipe();
    }

    /** The session ended: everything is forgotten and late answers are dropped. */
    public void wipe() {
        generation.incrementAndGet();
        pending.clear();
        progress.clear();
        message.set("");
        state.set(ReprintState.NONE);
    }

    private interface Call {
        Runnable call() throws ServiceFailure;
    }

    private void call(long mine, Call call, Runnable onBug) {
        try {
            work.execute(() -> {
                Runnable answer;
                try {
                    answer = call.call();
                } catch (ServiceFailure | RuntimeException bug) {
                    LOG.error("Reprint desk call failed unexpectedly", bug);
                    answer = onBug;
                }
                later(mine, answer);
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Reprint desk call not started: the executor is shut down");
            state.set(ReprintState.NONE);
        }
    }

    private void later(long mine, Runnable task) {
        try {
            fx.execute(() -> {
                if (mine == generation.get()) {
                    task.run();
                }
            });
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            LOG.debug("Reprint answer dropped: the UI is shutting down");
        }
    }

    public ReadOnlyObjectProperty<ReprintState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<PendingReprint> pending() {
        return FXCollections.unmodifiableObservableList(pending);
    }

    public ObservableList<String> progress() {
        return FXCollections.unmodifiableObservableList(progress);
    }

    /** The printed title (PRINTED) or the citizen's failure sentence (FAILED). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
