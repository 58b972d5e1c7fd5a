package org.budayang.driver.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.runtime.RegistryReport.Broken;
import org.budayang.driver.runtime.RegistryReport.Clash;
import org.budayang.driver.runtime.RegistryReport.Found;
import org.budayang.driver.runtime.RegistryReport.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drivers a program can use, by name (STYLE.md 3): explicit providers first, then those found
 * through {@link ServiceLoader}; the first provider with a name wins and later ones are reported as
 * clashes. A provider that throws while loading or naming itself is reported and skipped; it does not
 * break the others. Build one per program in its composition root.
 */
public final class DriverRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(DriverRegistry.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int MAX_LOADER_ERRORS = 100;

    private final Map<String, DriverProvider> providers;
    private final RegistryReport report;

    private DriverRegistry(Map<String, DriverProvider> providers, RegistryReport report) {
        this.providers = providers;
        this.report = report;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The provider for {@code name}, if any. */
    public Optional<DriverProvider> find(String name) {
        return Optional.ofNullable(providers.get(name));
    }

    /**
     * The provider for {@code name}.
     *
     * @throws IllegalArgumentException naming the driver and listing the available ones
     */
    public DriverProvider require(String name) {
        DriverProvider provider = providers.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("[DRV-UNKNOWN-DRIVER] no driver named '" + name + "'; available: "
                    + describeAvailable() + " (is the driver's jar on the class path?)");
        }
        return provider;
    }

    /** The available driver names, sorted. */
    public Set<String> names() {
        return providers.keySet();
    }

    /** The names as a list for messages, e.g. {@code escpos, idcard-sam}, or {@code none}. */
    public String describeAvailable() {
        return providers.isEmpty() ? "none" : String.join(", ", providers.keySet());
    }

    public RegistryReport report() {
        return report;
    }

    /** Collects providers; {@link #build()} loads them. */
    public static final class Builder {
        private final List<DriverProvider> explicit = new ArrayList<>();
        private ClassLoader classLoader = DriverRegistry.class.getClassLoader();
        private boolean serviceLoader = true;

        private Builder() {
        }

        /** A provider that takes precedence over any found through {@link ServiceLoader}. */
        public Builder provider(DriverProvider provider) {
            explicit.add(Objects.requireNonNull(provider, "provider is required"));
            return this;
        }

        /** Where {@link ServiceLoader} looks (default: this class's loader). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader is required");
            return this;
        }

        /** Uses only the explicit providers (tests, a locked-down kiosk image). */
        public Builder withoutServiceLoader() {
            this.serviceLoader = false;
            return this;
        }

        public DriverRegistry build() {
            Loading loading = new Loading();
            explicit.forEach(provider -> loading.add(provider, Source.EXPLICIT));
            if (serviceLoader) {
                loading.loadServices(classLoader);
            }
            RegistryReport report = loading.report();
            LOG.info("{}", report.describe());
            return new DriverRegistry(Collections.unmodifiableMap(loading.chosen), report);
        }
    }

    private static final class Loading {
        final Map<String, DriverProvider> chosen = new TreeMap<>();
        final List<Found> found = new ArrayList<>();
        final List<Clash> clashes = new ArrayList<>();
        final List<Broken> broken = new ArrayList<>();

        void add(DriverProvider provider, Source source) {
            String type = provider.getClass().getName();
            String name;
            try {
                name = provider.name();
            } catch (RuntimeException | LinkageError e) {
                broke(source, type, "name() threw " + e, e);
                return;
            }
            if (name == null || !NAME.matcher(name).matches()) {
                broke(source, type, "name() returned '" + name
                        + "', not a driver name (lower-case letters, digits and '-')", null);
                return;
            }
            found.add(new Found(name, type, source));
            DriverProvider first = chosen.putIfAbsent(name, provider);
            if (first != null) {
                Clash clash = new Clash(name, first.getClass().getName(), type);
                clashes.add(clash);
                LOG.warn("two drivers are named '{}': kept {}, ignored {} ({})", name, clash.chosen(), type, source);
            }
        }

        void loadServices(ClassLoader classLoader) {
            Iterator<ServiceLoader.Provider<DriverProvider>> entries =
                    ServiceLoader.load(DriverProvider.class, classLoader).stream().iterator();
            int errors = 0;
            while (true) {
                ServiceLoader.Provider<DriverProvider> entry;
                try {
                    if (!entries.hasNext()) {
                        return;
                    }
                    entry = entries.next();
                } catch (ServiceConfigurationError e) {
                    broke(Source.SERVICE_LOADER, "a service entry", e.getMessage(), e);
                    if (++errors >= MAX_LOADER_ERRORS) {
                        return;
                    }
                    continue;
                }
                DriverProvider provider;
                try {
                    provider = entry.get();
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    broke(Source.SERVICE_LOADER, entry.type().getName(), "could not be created: " + rootCause(e), e);
                    continue;
                }
                add(provider, Source.SERVICE_LOADER);
            }
        }

        private static String rootCause(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.toString();
        }

        private void broke(Source source, String what, String error, Throwable cause) {
            broken.add(new Broken(source, what, error));
            LOG.warn("driver provider {} ({}) skipped: {}", what, source, error, cause);
        }

        RegistryReport report() {
            Map<String, String> names = new LinkedHashMap<>();
            chosen.forEach((name, provider) -> names.put(name, provider.getClass().getName()));
            return new RegistryReport(found, clashes, broken, names);
        }
    }
}
