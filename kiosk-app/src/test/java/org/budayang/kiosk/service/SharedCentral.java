package org.budayang.kiosk.service;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real central for all the desk's test classes of a test run ({@code @ExtendWith(SharedCentral.class)}, then a
 * {@link CentralProcess} parameter): started by the first class that asks (10-30 s on a loaded 2-core machine), kept
 * in JUnit's root store and stopped when the run ends. Tests that stop central start it again before they end.
 */
final class SharedCentral implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CentralProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
                SharedCentral.class, key -> new Closing(start()), Closing.class).central();
    }

    private static CentralProcess start() {
        try {
            return CentralProcess.start(Files.createTempDirectory("desk-central"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start central for the desk tests: " + e.getMessage(), e);
        }
    }

    private record Closing(CentralProcess central) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            central.close();
        }
    }
}
