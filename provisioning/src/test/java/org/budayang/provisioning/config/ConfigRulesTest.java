package org.budayang.provisioning.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigRulesTest {
    @Test
    void kioskIdAndSecretFileGoTogetherAndOldDeviceKeysAreExplained() {
        List<Problem> problems = ConfigRules.check(Map.of("site.name", "站", "site.region", "620102",
                "central.url", "http://127.0.0.1:8080", "data.dir", "/d", "technician.pin.hash",
                "pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI",
                "kiosk.id", "KSK-620102-0001", "devices.receiptPrinter", "escpos"));

        assertEquals(List.of(
                "[CONFIG_OLD_KEY] devices.receiptPrinter: 'escpos' is not accepted; expected"
                        + " device.receiptPrinter.driver=escpos and the driver's settings (devices.<role> is no longer"
                        + " read)",
                "[CONFIG_MISSING] kiosk.secretFile: missing; expected the path of the file holding the kiosk's secret;"
                        + " given together with kiosk.id (both or neither) (kiosk.id is set)"),
                problems.stream().map(Problem::describe).toList());
    }

    @Test
    void pinHashesAreCheckedLikeTheKioskDoes() {
        assertNull(ConfigRules.pinHashProblem(
                "pbkdf2-sha256$600000$o+jS57XhecUVVKPPGBlCcg==$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI="));
        assertEquals("its iteration count 1000 is outside 100000..2000000", ConfigRules.pinHashProblem(
                "pbkdf2-sha256$1000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI"));
        assertEquals("it has 1 '$'-separated parts instead of 4", ConfigRules.pinHashProblem("246810"));
        assertEquals("its scheme is 'md5' instead of pbkdf2-sha256", ConfigRules.pinHashProblem("md5$1$2$3"));
    }
}
