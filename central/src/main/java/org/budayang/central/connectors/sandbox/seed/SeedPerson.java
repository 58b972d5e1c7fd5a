package org.budayang.central.connectors.sandbox.seed;

import java.time.LocalDate;

/**
 * A synthetic citizen as the sandbox 公安 register holds them; input to the other departments' records.
 *
 * @param validTo null means 长期
 * @param demo    the demo citizen's number 1..6 (docs/sandbox/demo-citizens.md), 0 for a generated citizen
 */
record SeedPerson(String idNumber, String name, boolean male, String nationCode, LocalDate birthDate, String address,
                  String authority, LocalDate validFrom, LocalDate validTo, long photoSeed, String householdNo,
                  String relation, String regionCode, int demo) {

    int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
