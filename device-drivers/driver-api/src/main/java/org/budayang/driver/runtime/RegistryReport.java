package org.budayang.driver.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link DriverRegistry} found when it was built (STYLE.md 3): every provider that loaded, the
 * name clashes, the providers that broke, and the provider chosen for each name.
 *
 * @param found   every provider that loaded, in the order found (explicit ones first)
 * @param clashes providers ignored because an earlier one has the same name
 * @param broken  providers that could not be loaded or named
 * @param chosen  driver name → class of the provider used for it, sorted by name
 */
public record RegistryReport(List<Found> found, List<Clash> clashes, List<Broken> broken, Map<String, String> chosen) {

    /** Where a provider came from. */
    public enum Source { EXPLICIT, SERVICE_LOADER }

    public record Found(String name, String providerClass, Source source) {
        public Found {
            Objects.requireNonNull(name, "Found.name is required");
            Objects.requireNonNull(providerClass, "Found.providerClass is required");
            Objects.requireNonNull(source, "Found.source is required");
        }
    }

    /** {@code ignored} has the same name as {@code chosen}, which was found first. */
    public record Clash(String name, String chosen, String ignored) {
        public Clash {
            Objects.requireNonNull(name, "Clash.name is required");
            Objects.requireNonNull(chosen, "Clash.chosen is required");
            Objects.requireNonNull(ignored, "Clash.ignored is required");
        }
    }

    /** @param what the provider (class name, or the service entry when it did not load) and the error */
    public record Broken(Source source, String what, String error) {
        public Broken {
            Objects.requireNonNull(source, "Broken.source is required");
            Objects.requireNonNull(what, "Broken.what is required");
            Objects.requireNonNull(error, "Broken.error is required");
        }
    }

    public RegistryReport {
        found = List.copyOf(found);
        clashes = List.copyOf(clashes);
        broken = List.copyOf(broken);
        chosen = Map.copyOf(chosen);
    }

    /** A multi-line text for technicians ({@code provision drivers}) and the start-up log. */
    public String describe() {
        StringBuilder text = new StringBuilder("drivers: ").append(found.size()).append(" found, ")
                .append(clashes.size()).append(" clashing, ").append(broken.size()).append(" broken");
        chosen.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                text.append("\n  chosen ").append(entry.getKey()).append(" -> ").append(entry.getValue()));
        clashes.forEach(clash -> text.append("\n  clash  ").append(clash.name()).append(": kept ")
                .append(clash.chosen()).append(", ignored ").append(clash.ignored()));
        broken.forEach(bad -> text.append("\n  broken ").append(bad.source()).append(' ').append(bad.what())
                .append(": ").append(bad.error()));
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
