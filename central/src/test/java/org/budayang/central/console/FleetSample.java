package org.budayang.central.console;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budayang.api.fleet.CommandOutcome;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.api.fleet.NetworkQuality;
import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.HelpRequest;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.TransactionRecord;
import org.budayang.central.TestFleet;
import org.budayang.central.TestKiosks;
import org.budayang.central.fleet.enrol.Enrolment;
import org.budayang.central.fleet.enrol.RegionCode;
import org.budayang.central.fleet.enrol.SiteDetails;
import org.budayang.central.fleet.enrol.SiteType;

/**
 * A small fleet made the way central makes it, through the services its endpoints call — fleet-trust's
 * enrolment (codes, enrolment with a CSR, revocation; every kiosk is enrolled, decision 0014), fleet-ops'
 * heartbeats and alert rules, commands with their audit, a self-test report, the flows' evaluations, help desk and transactions — over
 * four days of the test clock, ending at {@link ConsoleServer#START}, with known answers for every page.
 */
final class FleetSample {
    /** The test kiosks every test central has enrolled (TestFleet#registerTestKiosks), region 620102000000. */
    static final String ONLINE = TestKiosks.KIOSK;
    /** Its ID card reader OFFLINE for 20 minutes (DEVICE_OFFLINE) and its printer low on paper. */
    static final String DEGRADED = TestKiosks.OTHER_KIOSK;
    /** Enrolled at the test kiosks' site region after them (enrolled_kiosks, ACTIVE), numbered on from 0003. */
    static final String SILENT = "KSK-620102000000-0003";
    static final String PAPER_OUT = "KSK-620102000000-0004";
    static final String OUT_OF_SERVICE = "KSK-620102000000-0005";
    static final String NO_TELEMETRY = "KSK-620102000000-0006";
    /** Enrolled with a certificate (enrolled_kiosks, ACTIVE). */
    static final String QILIHE = "KSK-620103000000-0001";
    static final String LINXIA = "KSK-622901000000-0001";
    /** Enrolled, then revoked by ops (enrolled_kiosks, REVOKED): the console shows it 已停用. */
    static final String DISABLED = "KSK-623001000000-0001";
    static final String QILIHE_ADDRESS = "兰州市七里河区西津西路16号";
    static final String ITEM = "620102-SB01-GG00031001";
    /** The evaluation ids: a 好评, an overdue 差评 (OPEN), a 差评 called back. */
    static final String GOOD = "eval-good-01";
    static final String BAD_OPEN = "eval-bad-open-02";
    static final String BAD_CALLED = "eval-bad-called-03";
    static final String HELP_OPEN = "help-open-0001";
    static final String HELP_CLOSED = "help-closed-0002";
    /** The advice of the failed check in DEGRADED's self-test report (its ID card reader did not answer). */
    static final String SELFTEST_ADVICE = "检查身份证阅读器的USB线和电源后重新自检";

    /**
     * The hints of the codes made: one USED per sample kiosk enrolled (SILENT … NO_TELEMETRY, LINXIA, QILIHE,
     * DISABLED), one EXPIRED, one ISSUED.
     */
    final Map<String, String> hints = new LinkedHashMap<>();
    /** The SHA-256 of every code made: what fleet-trust stores, never shown. */
    final List<String> hashes = new java.util.ArrayList<>();

    private FleetSample() {
    }

    /** Populates {@code central} (its clock at {@link ConsoleServer#EARLY}) and leaves its clock at START. */
    static FleetSample populate(ConsoleServer central) {
        FleetSample sample = new FleetSample();
        Instant now = ConsoleServer.START;
        Enrolment enrolment = central.trust.enrolment();
        int hall = 1;
        for (String id : new String[] {SILENT, PAPER_OUT, OUT_OF_SERVICE, NO_TELEMETRY}) {
            sample.hints.put(id, sample.enrol(central, enrolment, "620102000000", SiteType.GOVERNMENT_SERVICE_CENTER,
                    "城关区雁滩路" + hall + "号", "城关区政务服务中心", id));
            hall++;
        }
        sample.hints.put("LINXIA", sample.enrol(central, enrolment, "622901000000", SiteType.BANK,
                "临夏市团结路8号", "农业银行临夏分行", LINXIA));
        sample.hints.put("QILIHE", sample.enrol(central, enrolment, "620103000000", SiteType.CONVENIENCE_SERVICE_CENTER,
                QILIHE_ADDRESS, "七里河区便民服务中心", QILIHE));
        sample.hints.put("DISABLED", sample.enrol(central, enrolment, "623001000000", SiteType.GOVERNMENT_SERVICE_CENTER,
                "合作市当周街1号", "合作市政务服务中心", DISABLED));
        sample.hints.put("EXPIRED", sample.code(enrolment, site("622901100200", SiteType.POST_OFFICE, "临夏市红园路2号",
                "临夏市邮政局"), Duration.ofHours(1)).hint());

        central.at(now.minus(Duration.ofDays(3)));
        evaluate(central, BAD_OPEN, Satisfaction.VERY_DISSATISFIED, List.of("等候时间长", "操作复杂"), "机器反应慢");
        central.at(now.minus(Duration.ofDays(1)));
        enrolment.revoke(DISABLED);
        central.at(now.minus(Duration.ofHours(5)));
        evaluate(central, BAD_CALLED, Satisfaction.DISSATISFIED, List.of("设备故障"), "");
        central.at(now.minus(Duration.ofHours(4)));
        central.evaluationRepository.recordCallBack(BAD_CALLED, central.clock.instant());
        central.at(now.minus(Duration.ofHours(3)));
        central.beat(DEGRADED, beat(central, printer(DeviceState.DEGRADED, central.clock.instant(), "PAPER_LOW")));
        transaction(central, "tx-sample-0", TransactionRecord.Outcome.FAILED);
        central.at(now.minus(Duration.ofHours(2)));
        central.beat(DEGRADED, beat(central, printer(DeviceState.ONLINE, central.clock.instant())));
        evaluate(central, GOOD, Satisfaction.VERY_SATISFIED, List.of(), "办得很快");
        transaction(central, "tx-sample-1", TransactionRecord.Outcome.COMPLETED);
        central.at(now.minus(Duration.ofHours(1)));
        transaction(central, "tx-sample-2", TransactionRecord.Outcome.COMPLETED);
        command(central, ONLINE, new CommandRequest(CommandType.RELOAD_CATALOG, null, null, null, null));
        sample.hints.put("ISSUED", sample.code(enrolment, site("620102001001", SiteType.CONVENIENCE_SERVICE_STATION,
                "城关区皋兰路街道1号", "皋兰路街道便民服务站"), null).hint());
        central.at(now.minus(Duration.ofMinutes(30)));
        central.help.request(DEGRADED, new HelpRequest(HELP_CLOSED, ITEM, "identify", "FACE_FAILED_3_TIMES"));
        central.at(now.minus(Duration.ofMinutes(27)));
        central.help.close(HELP_CLOSED);
        central.at(now.minus(Duration.ofMinutes(20)));
        Instant cardLost = central.clock.instant();
        central.at(now.minus(Duration.ofMinutes(15)));
        central.selftests.record(DEGRADED, new SelftestUpload("0.1.0", central.clock.instant().minusSeconds(40),
                List.of(new SelftestCheck("receiptPrinter", "escpos", "print a test receipt", true, "OK",
                        "ESC/POS TM-T88 fw 30.2", "", "", 2100), new SelftestCheck("idCardReader", "idcard-sam",
                        "read the SAM id", false, "NO_ANSWER", "/dev/ttyUSB0 115200", "no answer to 3 requests in 3 s",
                        SELFTEST_ADVICE, 3000))), central.clock.instant());
        central.at(now.minus(Duration.ofMinutes(10)));
        central.beat(SILENT, beat(central));
        central.at(now.minus(Duration.ofMinutes(5)));
        central.help.request(ONLINE, new HelpRequest(HELP_OPEN, ITEM, "home", "CITIZEN_PRESSED_HELP"));
        command(central, OUT_OF_SERVICE, new CommandRequest(CommandType.OUT_OF_SERVICE, "设备维护中，请到3号窗口办理",
                null, null, null));
        central.at(now.minus(Duration.ofSeconds(20)));
        central.beat(DEGRADED, beat(central, printer(DeviceState.DEGRADED, cardLost, "PAPER_LOW"),
                new DeviceHealth("idCardReader", DeviceState.OFFLINE, List.of(), "RESET", cardLost, null)));
        central.at(now.minus(Duration.ofSeconds(10)));
        central.beat(ONLINE, beat(central, printer(DeviceState.ONLINE, cardLost)));
        central.beat(PAPER_OUT, beat(central, printer(DeviceState.HARDWARE_ERROR, cardLost, "PAPER_OUT")));
        central.beat(OUT_OF_SERVICE, beat(central));
        central.beat(QILIHE, beat(central));
        central.beat(LINXIA, beat(central));
        central.at(now);
        central.checkSilence();
        return sample;
    }

    private static SiteDetails site(String region, SiteType type, String address, String host) {
        return new SiteDetails(new RegionCode(region), type, address, host, "值班员 0931-2345678");
    }

    /** A code for the site, then a kiosk enrolled with it (a fresh key's CSR), as POST /api/v1/enrol does. */
    private org.budayang.central.fleet.enrol.EnrolmentCode code(Enrolment enrolment, SiteDetails site,
                                                                Duration validFor) {
        org.budayang.central.fleet.enrol.EnrolmentCode code = enrolment.createCode(site, validFor).code();
        hashes.add(code.hash());
        return code;
    }

    private String enrol(ConsoleServer central, Enrolment enrolment, String region, SiteType type,
                         String address, String host, String expectedId) {
        org.budayang.central.fleet.enrol.EnrolmentCode code = code(enrolment, site(region, type, address, host), null);
        String id = enrolment.enrol(code.display(), TestFleet.csr(TestFleet.ecKeys()), "终端 " + expectedId)
                .kioskId();
        if (!id.equals(expectedId)) {
            throw new AssertionError("enrolment named the kiosk " + id + ", the sample expects " + expectedId);
        }
        return code.hint();
    }

    static Heartbeat beat(ConsoleServer central, DeviceHealth... devices) {
        return new Heartbeat("1.4.2", central.clock.instant(), 3600, List.of(devices), new NetworkQuality(12L, 0, 0),
                8_000_000_000L, 64_000_000L, 256_000_000L, null, "attract");
    }

    static DeviceHealth printer(DeviceState state, Instant since, String... conditions) {
        return new DeviceHealth("receiptPrinter", state, List.of(conditions), conditions.length == 0 ? "NONE"
                : "CLEAR", since, null);
    }

    /** An evaluation as the flows endpoint stores it, then fleet events (a 差评 opens BAD_EVALUATION). */
    private static void evaluate(ConsoleServer central, String id, Satisfaction level, List<String> reasons,
                                 String comment) {
        EvaluationRequest request = new EvaluationRequest(id, ITEM, "BJ" + id.hashCode(),
                EvaluationRequest.ServiceOutcome.COMPLETED, level, reasons, comment, central.clock.instant());
        if (central.evaluations.receive(ONLINE, request).created()) {
            central.fleet.events().evaluationReceived(ONLINE, request);
        }
    }

    private static void transaction(ConsoleServer central, String id, TransactionRecord.Outcome outcome) {
        Instant end = central.clock.instant();
        TransactionRecord record = new TransactionRecord(id, ITEM, null, outcome,
                outcome == TransactionRecord.Outcome.FAILED ? "DEPARTMENT_UNAVAILABLE" : null, end.minusSeconds(90),
                end, outcome == TransactionRecord.Outcome.COMPLETED ? 1 : 0);
        if (central.transactions.record(ONLINE, record).created()) {
            central.fleet.events().transactionRecorded(ONLINE, record);
        }
    }

    /** A command created by operator.zhao, picked up by the kiosk's poll and DONE a minute later. */
    static String command(ConsoleServer central, String kiosk, CommandRequest request) {
        String id = "cmd-sample-" + kiosk + "-" + request.type();
        central.commands.create(id, kiosk, request, "operator.zhao", central.clock.instant());
        central.commands.deliver(kiosk, central.clock.instant(), 10);
        central.commands.complete(kiosk, id, new CommandResult(CommandOutcome.DONE, null, "done",
                central.clock.instant().plusSeconds(60), null, null), central.clock.instant().plusSeconds(60));
        return id;
    }
}
