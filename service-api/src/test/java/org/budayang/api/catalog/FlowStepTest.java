package org.budayang.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FlowStepTest {
    @Test
    void needsATypeAndATitle() {
        assertEquals("读取身份证", new FlowStep(StepType.IDENTIFY, " 读取身份证 ").title());
        assertEquals("FlowStep.type is required",
                assertThrows(IllegalArgumentException.class, () -> new FlowStep(null, "读取身份证")).getMessage());
        assertEquals("FlowStep.title must not be blank",
                assertThrows(IllegalArgumentException.class, () -> new FlowStep(StepType.PAY, "")).getMessage());
    }
}
