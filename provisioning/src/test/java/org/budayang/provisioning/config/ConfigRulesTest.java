package org.budayang.provisioning.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigRulesTest {
    @Test
    void theRetiredSecretKeysAndOldDeviceKeysAreExplainedLikeTheKioskRefusesThem() {
        List<Problem> problems = ConfigRules.check(Map.of("site.name", "站", "site.region", "620102",
                "central.url", "http://127.0.0.1:8080", "data.dir", "/d", "technician.pin.hash",
                "pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI",
                "kiosk.id", "KSK-620102-0001", "devices.receiptPrinter", "escpos", "fleet.heartbeatInterval", "PT2S"));

        assertEquals(List.of(
                "[CONFIG_OLD_KEY] devices.receiptPrinter: 'escpos' is not accepted; expected"
                        + " device.receiptPrinter.driver=escpos and the driver's settings (devices.<role> is no longer"
                        + " read)",
                "[CONFIG_INVALID] fleet.heartbeatInterval: 'PT2S' is not accepted; expected an ISO-8601 duration"
                        + " from PT5S to PT1H, e.g. PT30S (default)",
                "[CONFIG_RETIRED_KEY] kiosk.id: 'KSK-620102-0001' is not accepted; expected nothing: the kiosk secret"
                        + " of #4 is gone (decision 0014); the kiosk proves itself with its certificate: remove this line"
                        + " and enrol the kiosk (budayang provision enrol --code …, or the technician panel)"),
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
