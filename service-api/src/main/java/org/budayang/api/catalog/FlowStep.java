package org.budayang.api.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One step of an item's flow at the kiosk. The kiosk has one view per {@link StepType}, so an item is
 * described entirely by its steps: a new item made of known step types needs no kiosk change.
 *
 * @param type   what kind of step it is
 * @param title  what the citizen reads for it, e.g. 读取身份证
 * @param prompt the sentence shown large and read aloud in 长者模式, e.g. 请把身份证放在感应区; when absent the
 *               title is used
 * @param inputs the values a {@link StepType#CHOOSE} or {@link StepType#FILL} step asks for (at least one there,
 *               keys unique within the step); empty for every other type
 */
public record FlowStep(StepType type, String title, String prompt, List<StepInput> inputs) {
    public FlowStep {
        Checks.present("FlowStep.type", type);
        title = Checks.text("FlowStep.title", title);
        prompt = prompt == null || prompt.isBlank() ? title : prompt.strip();
        inputs = inputs == null ? List.of() : Checks.list("FlowStep.inputs of " + type, inputs, true);
        boolean asks = type == StepType.CHOOSE || type == StepType.FILL;
        if (asks && inputs.isEmpty()) {
            throw new IllegalArgumentException("FlowStep.inputs of " + type + " '" + title
                    + "': a " + type + " step must list at least one input");
        }
        if (!asks && !inputs.isEmpty()) {
            throw new IllegalArgumentException("FlowStep.inputs of " + type + " '" + title
                    + "': only CHOOSE and FILL steps take inputs");
        }
        Set<String> keys = new HashSet<>();
        for (StepInput input : inputs) {
            if (!keys.add(input.key())) {
                throw new IllegalArgumentException("FlowStep.inputs of '" + title + "': key '" + input.key()
                        + "' appears twice");
            }
        }
    }

    /** A step without inputs whose prompt is its title (IDENTIFY, FACE_CHECK, CONFIRM, PRINT…). */
    public FlowStep(StepType type, String title) {
        this(type, title, null, List.of());
    }
}
