package org.budayang.central.identity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as the (sandbox) 公安 population register knows them: what their resident ID card
 * says, and a seed from which the sandbox draws their registered photo.
 *
 * @param idNumber   18-character GB 11643 number (validated by the register)
 * @param name       name as on the card
 * @param male       sex
 * @param nationCode two-digit GB 3304 code ("01" 汉 … "56", "97", "98")
 * @param birthDate  birth date (matches the ID number)
 * @param address    address as on the card
 * @param authority  issuing authority
 * @param validFrom  card valid from
 * @param validTo    card valid to; empty means 长期 (long-term)
 * @param photoSeed  deterministic seed of the registered portrait
 */
public record RegisteredPerson(String idNumber, String name, boolean male, String nationCode, LocalDate birthDate,
                               String address, String authority, LocalDate validFrom, Optional<LocalDate> validTo,
                               long photoSeed) {
    public RegisteredPerson {
        Objects.requireNonNull(idNumber, "RegisteredPerson.idNumber is required");
        Objects.requireNonNull(name, "RegisteredPerson.name is required");
        Objects.requireNonNull(nationCode, "RegisteredPerson.nationCode is required");
        Objects.requireNonNull(birthDate, "RegisteredPerson.birthDate is required");
        Objects.requireNonNull(address, "RegisteredPerson.address is required");
        Objects.requireNonNull(authority, "RegisteredPerson.authority is required");
        Objects.requireNonNull(validFrom, "RegisteredPerson.validFrom is required");
        Objects.requireNonNull(validTo, "RegisteredPerson.validTo is required (empty = 长期)");
    }
}
