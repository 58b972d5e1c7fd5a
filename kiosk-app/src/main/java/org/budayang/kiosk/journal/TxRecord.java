package org.budayang.kiosk.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A transaction as journalled, with its steps in order. It holds what ops may see (kind, item, times, states,
 * keys); its personal data is read apart with {@link Journal#personalData(String)}.
 *
 * @param reason   why it was COMPENSATED or FAILED, else null
 * @param endedAt  when it left OPEN, else null
 * @param purgedAt when its personal data, payloads and results were deleted, else null
 */
public record TxRecord(String id, String kind, String itemCode, TxState state, String reason, Instant startedAt,
        Instant endedAt, Instant purgedAt, List<StepRecord> steps) {
    public TxRecord {
        Objects.requireNonNull(id, "TxRecord.id is required");
        Objects.requireNonNull(kind, "TxRecord.kind is required");
        Objects.requireNonNull(itemCode, "TxRecord.itemCode is required");
        Objects.requireNonNull(state, "TxRecord.state is required");
        Objects.requireNonNull(startedAt, "TxRecord.startedAt is required");
        steps = List.copyOf(steps);
    }

    /** The last step when it is still INTENDED: its side effect may or may not have happened. */
    public Optional<StepRecord> pendingStep() {
        return steps.isEmpty() || steps.get(steps.size() - 1).state() != StepState.INTENDED
                ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The steps with the given name, e.g. to see whether PRINT was ever DONE before printing again. */
    public List<StepRecord> steps(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).toList();
    }
}
