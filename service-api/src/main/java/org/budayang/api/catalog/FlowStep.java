package org.budayang.api.catalog;

/**
 * One step of an item's flow at the kiosk.
 *
 * @param type  what kind of step it is
 * @param title what the citizen reads for it, e.g. 读取身份证
 */
public record FlowStep(StepType type, String title) {
    public FlowStep {
        Checks.present("FlowStep.type", type);
        title = Checks.text("FlowStep.title", title);
    }
}
