package org.budayang.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.budayang.kiosk.ui.attract.AttractViewModel;
import org.budayang.kiosk.ui.department.DepartmentViewModel;
import org.budayang.kiosk.ui.guide.GuideViewModel;
import org.budayang.kiosk.ui.home.HomeViewModel;
import org.budayang.kiosk.ui.idle.IdleViewModel;
import org.budayang.kiosk.ui.shell.CatalogModel;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.budayang.kiosk.ui.tech.PinPadViewModel;
import org.budayang.kiosk.ui.tech.TechnicianViewModel;
import org.junit.jupiter.api.Test;

/** STYLE.md 13: view models hold properties and commands, never a Node, Scene or Stage. */
class ViewModelPurityTest {
    private static final List<Class<?>> VIEW_MODELS = List.of(ShellViewModel.class, AttractViewModel.class,
            HomeViewModel.class, DepartmentViewModel.class, GuideViewModel.class, IdleViewModel.class,
            PinPadViewModel.class, TechnicianViewModel.class, org.budayang.kiosk.ui.tech.EnrolViewModel.class,
            org.budayang.kiosk.ui.tech.SelftestViewModel.class, org.budayang.kiosk.ui.tech.ProbeViewModel.class,
            CatalogModel.class, KioskContext.class,
            org.budayang.kiosk.ui.identity.IdentificationViewModel.class,
            org.budayang.kiosk.ui.identity.IdentificationChoiceViewModel.class,
            org.budayang.kiosk.ui.identity.IdentificationFlow.class,
            org.budayang.kiosk.ui.face.FaceCaptureViewModel.class,
            org.budayang.kiosk.ui.printing.PrintProgressViewModel.class,
            org.budayang.kiosk.ui.reprint.ReprintViewModel.class,
            org.budayang.kiosk.ui.paused.OutOfServiceViewModel.class);

    private static boolean toolkitType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("javafx.scene.") || name.startsWith("javafx.stage.")
                || name.startsWith("javafx.animation.");
    }

    @Test
    void viewModelsReferToNoNodesScenesStagesOrAnimations() {
        List<String> offences = new ArrayList<>();
        for (Class<?> vm : VIEW_MODELS) {
            for (Field f : vm.getDeclaredFields()) {
                if (toolkitType(f.getType())) {
                    offences.add(vm.getSimpleName() + "." + f.getName() + " : " + f.getType().getName());
                }
            }
            for (Method m : vm.getDeclaredMethods()) {
                List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                types.add(m.getReturnType());
                types.stream().filter(ViewModelPurityTest::toolkitType)
                        .forEach(t -> offences.add(vm.getSimpleName() + "." + m.getName() + " uses " + t.getName()));
            }
            for (Constructor<?> c : vm.getDeclaredConstructors()) {
                for (Class<?> t : c.getParameterTypes()) {
                    if (toolkitType(t)) {
                        offences.add(vm.getSimpleName() + " constructor uses " + t.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void everyViewModelInTheSourcesIsChecked() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java");
        List<String> listed = VIEW_MODELS.stream().map(Class::getName).toList();
        List<String> missing;
        try (var files = java.nio.file.Files.walk(sources)) {
            missing = files.filter(f -> f.getFileName().toString().endsWith("ViewModel.java"))
                    .map(f -> sources.relativize(f).toString().replace(java.io.File.separatorChar, '.')
                            .replaceAll("\\.java$", ""))
                    .filter(name -> !listed.contains(name)).sorted().toList();
        }
        assertEquals(List.of(), missing, "add these to VIEW_MODELS");
    }
}
