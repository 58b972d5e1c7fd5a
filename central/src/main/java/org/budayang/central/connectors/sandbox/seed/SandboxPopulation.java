package org.budayang.central.connectors.sandbox.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole synthetic data set of the four sandbox department systems, drawn from a fixed seed
 * for a given day: the same seed and day always give the same rows.
 */
public final class SandboxPopulation {
    /** The seed of the sandbox data; change it and every synthetic citizen changes. */
    public static final long SEED = 20_260_302L;
    /** How many citizens are generated besides the six demo citizens. */
    public static final int GENERATED = 520;

    private SandboxPopulation() {
    }

    /** Every table's rows, parents before children, for the day {@code today} (contributions run up to it). */
    public static List<SeedTable> generate(long seed, int generated, LocalDate today) {
        List<SeedPerson> persons = new PopulationGenerator(seed, today).generate(generated);
        TaxFacts facts = new TaxFacts();
        List<SeedTable> tables = new ArrayList<>(new PublicSecuritySeed(seed + 1, today).tables(persons));
        tables.addAll(new InsuranceSeed(seed + 2, today).tables(persons, facts));
        tables.addAll(new TaxSeed(seed + 3, today).tables(persons, facts));
        return List.copyOf(tables);
    }
}
