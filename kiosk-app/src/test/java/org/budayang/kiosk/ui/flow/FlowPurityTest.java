package org.budayang.kiosk.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md 13 for the flow's view models: they hold properties and commands, never a Node, Scene, Stage or
 * animation (the shell's ViewModelPurityTest lists the classes named *ViewModel; these are named by their role).
 */
class FlowPurityTest {
    private static final List<Class<?>> MODELS = List.of(FlowEngine.class, FlowStatus.class, FlowSteps.class,
            FormModel.class, CommitmentModel.class, EvaluationModel.class, StepAssist.class, DeskSteps.class, PayModel.class,
            DeskCalls.class, FlowRuntime.class);

    private static boolean toolkit(Class<?> type) {
        String name = type.getName();
        return name.startsWith("javafx.scene.") || name.startsWith("javafx.stage.")
                || name.startsWith("javafx.animation.");
    }

    @Test
    void flowModelsReferToNoNodesScenesStagesOrAnimations() {
        List<String> offences = new ArrayList<>();
        for (Class<?> model : MODELS) {
            for (Field f : model.getDeclaredFields()) {
                if (toolkit(f.getType())) {
                    offences.add(model.getSimpleName() + "." + f.getName());
                }
            }
            for (Method m : model.getDeclaredMethods()) {
                List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                types.add(m.getReturnType());
                types.stream().filter(FlowPurityTest::toolkit)
                        .forEach(t -> offences.add(model.getSimpleName() + "." + m.getName() + " uses " + t.getName()));
            }
            for (Constructor<?> c : model.getDeclaredConstructors()) {
                for (Class<?> t : c.getParameterTypes()) {
                    if (toolkit(t)) {
                        offences.add(model.getSimpleName() + " constructor uses " + t.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
