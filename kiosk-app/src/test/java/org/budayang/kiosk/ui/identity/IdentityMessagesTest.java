package org.budayang.kiosk.ui.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budayang.api.identity.CitizenIdentity.CertType;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** Every text the identification and face screens look up by an enum's name exists in both languages. */
class IdentityMessagesTest {

    @Test
    void everyKeyBuiltFromAnEnumHasItsText() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages m = Messages.load(locale);
            List<String> missing = new ArrayList<>();
            for (CertType type : CertType.values()) {
                check(m, "identity.wait." + type, missing);
            }
            for (CertType type : List.of(CertType.SSCARD, CertType.ECTOKEN)) {
                check(m, "identity.failed." + type, missing);
                check(m, "identity.unavailable." + type, missing);
            }
            for (String code : List.of("wrong_card", "card_locked", "psam_required")) {
                check(m, "identity." + code + ".SSCARD", missing);
            }
            for (IdentificationWay way : IdentificationWay.values()) {
                check(m, "ident.way." + way.name(), missing);
                check(m, "ident.hint." + way.name(), missing);
            }
            for (CaptureAdvice advice : CaptureAdvice.values()) {
                check(m, "face.advice." + advice.name(), missing);
            }
            assertEquals(List.of(), missing, "missing texts for " + locale);
        }
    }

    @Test
    void theChineseAdviceIsTheDriverApisWording() {
        Messages zh = Messages.load(Locale.SIMPLIFIED_CHINESE);
        for (CaptureAdvice advice : CaptureAdvice.values()) {
            assertEquals(advice.citizenText(), zh.get("face.advice." + advice.name()));
        }
    }

    private static void check(Messages m, String key, List<String> missing) {
        if (!m.has(key)) {
            missing.add(key);
        }
    }
}
