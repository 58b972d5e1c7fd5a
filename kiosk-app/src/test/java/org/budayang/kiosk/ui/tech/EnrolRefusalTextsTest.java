package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.budayang.kiosk.core.enrol.EnrolmentRefusal;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's 注册到中心 page and {@code budayang provision enrol} say the same thing about each refusal: kiosk-core's
 * {@link EnrolmentRefusal} texts equal this app's {@code tech.enrol.error.<CODE>} in Chinese and in English.
 */
class EnrolRefusalTextsTest {
    @Test
    void everyRefusalReadsAsOnTheKioskPageInBothLanguages() {
        Messages zh = Messages.load(Locale.SIMPLIFIED_CHINESE);
        Messages en = Messages.load(Locale.ENGLISH);
        for (EnrolmentRefusal refusal : EnrolmentRefusal.values()) {
            String key = "tech.enrol.error." + (refusal == EnrolmentRefusal.OTHER ? "other" : refusal.name());
            // as the page shows them: the three typed-value refusals with the value, the others as they are
            Object[] args = refusal.name().endsWith("_FORMAT") ? new Object[] {"7K3M"} : new Object[0];
            assertEquals(zh.get(key, args), refusal.zh(args), key + " (zh)");
            assertEquals(en.get(key, args), refusal.en(args), key + " (en)");
        }
    }
}
