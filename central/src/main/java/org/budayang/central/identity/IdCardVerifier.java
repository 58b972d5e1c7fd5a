package org.budayang.central.identity;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.identity.IdCardCheckReason;
import org.budayang.api.identity.IdCardCheckRequest;
import org.budayang.api.identity.IdCardCheckResult;
import org.budayang.api.identity.IdNumber;

/**
 * Checks a read ID card against the 公安 register: known person, same name, the card the register
 * holds as current (same validity period; another period means it was replaced or reported lost),
 * and not expired today.
 */
public final class IdCardVerifier {
    private final PopulationRegister register;
    private final Clock clock;
    private final ZoneId zone;

    public IdCardVerifier(PopulationRegister register, Clock clock, ZoneId zone) {
        this.register = Objects.requireNonNull(register, "register");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The check of an already parsed ID number and the card's other fields. */
    public IdCardCheckResult verify(IdNumber id, IdCardCheckRequest card) {
        Optional<RegisteredPerson> found = register.find(id.value());
        if (found.isEmpty()) {
            return IdCardCheckResult.of(IdCardCheckReason.UNKNOWN_PERSON);
        }
        RegisteredPerson person = found.get();
        if (!normalised(person.name()).equals(normalised(card.name()))) {
            return IdCardCheckResult.of(IdCardCheckReason.NAME_MISMATCH);
        }
        Optional<LocalDate> cardTo = Optional.ofNullable(card.validTo());
        if (!person.validFrom().equals(card.validFrom()) || !person.validTo().equals(cardTo)) {
            return IdCardCheckResult.of(IdCardCheckReason.CARD_NOT_CURRENT);
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (cardTo.isPresent() && cardTo.get().isBefore(today)) {
            return IdCardCheckResult.of(IdCardCheckReason.CARD_EXPIRED);
        }
        return IdCardCheckResult.of(IdCardCheckReason.VERIFIED);
    }

    /** NFKC (full-width to half-width), no spaces, one middle dot for the names of minorities. */
    static String normalised(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replace('•', '·').replace('．', '·').replace('.', '·');
    }
}
