package org.budayang.api.catalog;

/** The kinds of step a data-driven flow is made of; the kiosk has one view per step type, not per item. */
public enum StepType {
    IDENTIFY,
    FACE_CHECK,
    CHOOSE,
    FILL,
    CONFIRM,
    COMMITMENT,
    PAY,
    SUBMIT,
    PRINT,
    EVALUATE
}
