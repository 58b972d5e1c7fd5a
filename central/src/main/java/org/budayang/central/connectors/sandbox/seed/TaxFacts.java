package org.budayang.central.connectors.sandbox.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the insurance records imply for the tax system: wages paid, pensions paid, fees collected. */
final class TaxFacts {
    record Wage(SeedPerson person, int year, long incomeFen, long socialDeductionFen, String employer) {
    }

    record Pension(SeedPerson person, int year, long incomeFen, String payer) {
    }

    record Fee(SeedPerson person, String insurance, int year, long amountFen, LocalDate paidOn) {
    }

    final List<Wage> wages = new ArrayList<>();
    final List<Pension> pensions = new ArrayList<>();
    final List<Fee> fees = new ArrayList<>();
}
