package org.budayang.driver.sscard;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.budayang.driver.idcard.IdNumbers;
import org.budayang.driver.idcard.NameMask;

/**
 * The unprotected basics of a 社会保障卡 (DOMAIN.md, Identity): issuer data from EF05 and holder basics from EF06.
 * {@link #toString()} masks the holder (never log a card whole).
 *
 * @param cardIdentificationCode EF05 record 01, 卡识别码
 * @param specVersion            EF05 record 03, 规范版本 (e.g. {@code 3.00})
 * @param cardNumber             EF05 record 07, 卡号 (9 characters)
 * @param issuedOn               EF05 发卡日期
 * @param expiresOn              EF05 卡有效期
 * @param socialSecurityNumber   EF06 record 01, 社会保障号码 (the citizen's ID number)
 * @param name                   EF06 record 02, 姓名
 * @param sex                    EF06 性别 code ({@code 1} male, {@code 2} female, per GB/T 2261.1), if present
 * @param nationCode             EF06 民族 code (two digits, GB/T 3304), if present
 */
public record SocialSecurityCard(String cardIdentificationCode, String specVersion, String cardNumber,
                                 LocalDate issuedOn, LocalDate expiresOn, String socialSecurityNumber, String name,
                                 Optional<String> sex, Optional<String> nationCode) {

    public SocialSecurityCard {
        Objects.requireNonNull(cardIdentificationCode, "SocialSecurityCard.cardIdentificationCode is required");
        Objects.requireNonNull(specVersion, "SocialSecurityCard.specVersion is required");
        Objects.requireNonNull(cardNumber, "SocialSecurityCard.cardNumber is required");
        Objects.requireNonNull(issuedOn, "SocialSecurityCard.issuedOn is required");
        Objects.requireNonNull(expiresOn, "SocialSecurityCard.expiresOn is required");
        Objects.requireNonNull(socialSecurityNumber, "SocialSecurityCard.socialSecurityNumber is required");
        Objects.requireNonNull(name, "SocialSecurityCard.name is required");
        Objects.requireNonNull(sex, "SocialSecurityCard.sex is required (may be empty)");
        Objects.requireNonNull(nationCode, "SocialSecurityCard.nationCode is required (may be empty)");
        if (name.isBlank()) {
            throw new IllegalArgumentException("SocialSecurityCard.name is blank");
        }
    }

    public boolean isExpiredOn(LocalDate day) {
        return day.isAfter(expiresOn);
    }

    @Override
    public String toString() {
        return "SocialSecurityCard[" + NameMask.mask(name) + ", " + IdNumbers.mask(socialSecurityNumber)
                + ", card " + cardNumber.length() + " chars, spec " + specVersion + ", expires " + expiresOn + "]";
    }
}
