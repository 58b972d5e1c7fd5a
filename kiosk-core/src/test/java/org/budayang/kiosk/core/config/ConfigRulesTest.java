package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one set of rules: every key with a value it accepts and one it refuses, and all problems at once. */
class ConfigRulesTest {
    @TempDir
    Path dir;

    /** The required keys with good values, in a map the caller may change. */
    static Map<String, String> complete() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site.name", "站");
        values.put("site.region", "620102");
        values.put("central.url", "http://127.0.0.1:8080");
        values.put("data.dir", "/d");
        values.put("technician.pin.hash", KioskConfig.DEMO_PIN_HASH);
        return values;
    }

    @ParameterizedTest(name = "{0}: {1} accepted, {2} refused")
    @CsvSource(delimiter = '|', value = {
        "site.name|兰州市城关区政务服务中心 · 24小时自助服务区|'  '|a site name of 1..80 characters",
        "site.name|" + "12345678901234567890123456789012345678901234567890123456789012345678901234567890"
                + "|123456789012345678901234567890123456789012345678901234567890123456789012345678901"
                + "|a site name of 1..80 characters",
        "site.region|622901|62290|a 6-digit administrative region code",
        "central.url|https://central.example.gov.cn:8443|ftp://central:21|an absolute http:// or https:// URL",
        "central.url|http://127.0.0.1:8080/|http://central:8080/?x=1|with a host and no query",
        "data.dir|../../var/kiosk|'\u0000'|a directory path",
        "idle.timeout.seconds|15|14|whole seconds from 15 to 600",
        "idle.timeout.seconds|600|601|whole seconds from 15 to 600",
        "idle.countdown.seconds|5|4|whole seconds from 5 to 60",
        "idle.countdown.seconds|60|1m|whole seconds from 5 to 60",
        "technician.pin.hash|pbkdf2-sha256$600000$o+jS57XhecUVVKPPGBlCcg==$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI="
                + "|pbkdf2-sha256$1000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI"
                + "|pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash> with 100000..2000000 iterations"
                + " (this value: its iteration count 1000 is outside 100000..2000000)",
        "display.orientation|portrait|vertical|portrait or landscape (default landscape)",
        "display.theme|elder|dark|standard or elder (default standard)",
        "locale|en|chinese|a locale such as zh_CN (default) or en",
        "fleet.heartbeatInterval|PT1H|PT2S|an ISO-8601 duration of whole seconds from PT5S to PT1H",
        "fleet.heartbeatInterval|PT5S|PT5.5S|an ISO-8601 duration of whole seconds from PT5S to PT1H",
        "journal.retention|P366D|P367D|an ISO-8601 duration from PT0S to P366D",
        "journal.retention|PT0S|7 days|an ISO-8601 duration from PT0S to P366D",
        "site.phone|0931-8888888|call us|3..20 of digits, '-', '+' and spaces (default 12345)",
        "device.qrScanner.probe-timeout|500ms|'device.qrScanner.probe_timeout'|a key device.<role>.<setting>",
    })
    void everyKeyAcceptsItsValuesAndNamesKeyValueAndWhatIsAcceptedOtherwise(String key, String good, String bad,
            String accepted) {
        Map<String, String> values = complete();
        values.put(key, good);
        assertEquals(List.of(), ConfigRules.check(values), key + "=" + good);
        assertDoesNotThrow(() -> KioskConfigLoader.from(dir.resolve("kiosk.properties"), values),
                "the kiosk starts with " + key + "=" + good);

        String badKey = key.startsWith("device.") ? bad : key;
        String badValue = key.startsWith("device.") ? good : bad;
        values.remove(key);
        values.put(badKey, badValue);
        List<ConfigProblem> problems = ConfigRules.check(values);
        assertEquals(1, problems.size(), problems.toString());
        ConfigProblem problem = problems.get(0);
        assertEquals(badKey, problem.key());
        assertEquals(badValue.strip().isEmpty() && ConfigRules.REQUIRED.contains(badKey) ? null : badValue.strip(),
                problem.value());
        assertTrue(problem.accepted().contains(accepted), problem.accepted());
        assertEquals(problem.accepted(), ConfigRules.check(values).get(0).accepted(), "the same text each time");
        ConfigException refused = assertThrows(ConfigException.class,
                () -> KioskConfigLoader.from(dir.resolve("kiosk.properties"), values), "the kiosk refuses it too");
        assertEquals(badKey, refused.key());
        assertTrue(refused.getMessage().contains(problem.accepted()), refused.getMessage());
    }

    @Test
    void everyKeyOfTheRulesIsCoveredByTheTableAbove() {
        assertEquals(Set.of("site.name", "site.region", "central.url", "data.dir", "idle.timeout.seconds",
                "idle.countdown.seconds", "technician.pin.hash", "display.orientation", "display.theme", "locale",
                "fleet.heartbeatInterval", "journal.retention", "site.phone"), ConfigRules.KEYS);
        assertEquals(Set.of("site.name", "site.region", "central.url", "data.dir", "technician.pin.hash"),
                ConfigRules.REQUIRED);
    }

    @Test
    void theRetiredSecretKeysAndOldDeviceKeysAreExplainedLikeTheKioskRefusesThem() {
        Map<String, String> values = complete();
        values.put("kiosk.id", "KSK-620102-0001");
        values.put("devices.receiptPrinter", "escpos");
        values.put("fleet.heartbeatInterval", "PT2S");

        assertEquals(List.of(
                "[CONFIG_OLD_KEY] devices.receiptPrinter: 'escpos' is not accepted; expected the device.<role>.* keys;"
                        + " devices.<role>=<driver> is no longer read: write device.receiptPrinter.driver=escpos and"
                        + " the driver's settings (e.g. .link=tcp, .host, .tcpPort or .link=serial, .port, .baud)",
                "[CONFIG_INVALID] fleet.heartbeatInterval: 'PT2S' is not accepted; expected an ISO-8601 duration of"
                        + " whole seconds from PT5S to PT1H, e.g. PT30S (default)",
                "[CONFIG_RETIRED_KEY] kiosk.id: 'KSK-620102-0001' is not accepted; expected nothing: it is no longer"
                        + " read; the kiosk secret of #4 is gone (decision 0014): the kiosk proves itself by the"
                        + " certificate of its enrolment in <data.dir>/fleet. Delete the line and enrol the kiosk:"
                        + " technician panel or `provisioning enrol --code`"),
                ConfigRules.check(values).stream().map(ConfigProblem::describe).toList());
    }

    @Test
    void everyProblemIsListedSortedByKeyNotJustTheFirst() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site.region", "62");
        values.put("idle.timout.seconds", "60");
        values.put("device.fingerprintReader.driver", "fp-serial");
        values.put("device.receiptPrinter.driver", "escpos");
        values.put("locale", "");

        List<ConfigProblem> problems = ConfigRules.check(values);

        assertEquals(List.of("central.url", "data.dir", "device.fingerprintReader.driver", "idle.timout.seconds",
                "locale", "site.name", "site.region", "technician.pin.hash"),
                problems.stream().map(ConfigProblem::key).toList());
        assertEquals(List.of("CONFIG_MISSING", "CONFIG_MISSING", "CONFIG_DEVICE_KEY", "CONFIG_UNKNOWN_KEY",
                "CONFIG_INVALID", "CONFIG_MISSING", "CONFIG_INVALID", "CONFIG_MISSING"),
                problems.stream().map(ConfigProblem::code).toList());
        assertNull(problems.get(0).value());
        assertEquals("", problems.get(4).value(), "an optional key written empty is refused, not defaulted");
        assertTrue(problems.get(3).accepted().startsWith("no such key; the keys are central.url, data.dir,"),
                problems.get(3).accepted());
    }

    @Test
    void theKioskNamesTheFirstProblemAndThenTheOthers() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "site.region=62\nkiosk.secretFile=secret/kiosk.txt\n");

        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(file));

        assertEquals("central.url", e.key());
        assertEquals(6, e.problems().size());
        assertTrue(e.getMessage().startsWith("Kiosk configuration " + file.toAbsolutePath() + ": key 'central.url' is"
                + " missing; accepted: an absolute http:// or https:// URL"), e.getMessage());
        assertTrue(e.getMessage().contains(" — and 5 more: key 'data.dir' is missing; accepted: "), e.getMessage());
        assertTrue(e.getMessage().contains(" | key 'kiosk.secretFile' is no longer read; the kiosk secret of #4"),
                e.getMessage());
        assertTrue(e.getMessage().contains(" | key 'site.region' has the value '62', which is not accepted; accepted:"
                + " a 6-digit"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret/kiosk.txt"), "a retired key's value is not repeated");
    }

    @Test
    void aProblemNamesItsCodeAndRefusesABadOne() {
        assertEquals("[CONFIG_MISSING] site.name: missing; expected x",
                new ConfigProblem("CONFIG_MISSING", "site.name", null, "x").describe());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new ConfigProblem("missing", "site.name", null, "x"));
        assertTrue(bad.getMessage().contains("got 'missing'"), bad.getMessage());
    }
}
