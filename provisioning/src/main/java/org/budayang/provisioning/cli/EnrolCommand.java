package org.budayang.provisioning.cli;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.budayang.kiosk.core.enrol.CodeSheet;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.EnrolmentInput;
import org.budayang.kiosk.core.enrol.EnrolmentRefusal;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.core.config.ConfigFile;
import org.budayang.kiosk.core.config.ConfigRules;
import org.budayang.provisioning.fleet.KioskDirs;
import org.budayang.provisioning.fleet.LastSelftest;
import org.budayang.provisioning.fleet.SelftestDelivery;
import org.budayang.provisioning.fleet.StatusReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code enrol}: the kiosk's enrolment with central (decision 0014) exactly as the technician panel's 注册到中心 does
 * it — kiosk-core's {@link KioskEnrolment} into {@code <data.dir>/fleet}, the same checks and refusals
 * ({@link EnrolmentRefusal}) — then central.url set to central's mutual-TLS URL and the last self-test report sent.
 */
@Command(name = "enrol", description = "注册到服务中心（一次性注册码） / enrol this kiosk with central (one-time code)")
final class EnrolCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EnrolCommand.class);

    private final CliContext context;

    @Option(names = "--code", paramLabel = "XXXX-XXXX-XXXX-XXXX", description = "注册单上的注册码 the code")
    String code;

    @Option(names = "--ca-fingerprint", paramLabel = "SHA256", description = "注册单上的 CA 指纹（64 位十六进制，可含冒号）"
            + " the CA fingerprint (64 hex digits, colons allowed)")
    String fingerprint;

    @Option(names = "--central", paramLabel = "URL", description = "服务中心地址 central's https URL, e.g."
            + " https://central.example.gov.cn:8443")
    String central;

    @Option(names = "--sheet", paramLabel = "FILE", description = "注册单文件（如 U 盘上的 budayang-enrolment.json）"
            + " the code sheet file instead of the three values")
    Path sheet;

    @Option(names = "--name", paramLabel = "NAME", description = "报给运维的终端名称（默认 site.name） the name shown to"
            + " ops (default: site.name)")
    String name;

    @Option(names = "--force", description = "本机已注册时仍重新注册（新密钥替换现有证书） enrol again although enrolled"
            + " (a new key replaces the certificate)")
    boolean force;

    @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "配置文件 configuration file")
    Path config;

    EnrolCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Term term = context.term();
        CodeSheet codeSheet;
        try {
            codeSheet = codeSheet();
        } catch (EnrolmentInput.InvalidInput bad) {
            context.err().println("参数错误 / bad argument: " + bad.zh() + " / " + bad.en() + " ("
                    + bad.refusal().name() + ")");
            return ExitCodes.USAGE;
        } catch (EnrolmentException unreadable) {
            EnrolmentRefusal refusal = EnrolmentRefusal.of(unreadable);
            context.err().println("参数错误 / bad argument: " + refusal.zh() + " / " + refusal.en() + " ("
                    + unreadable.code() + "): " + unreadable.getMessage());
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException missing) {
            context.err().println("参数错误 / bad arguments: " + missing.getMessage());
            return ExitCodes.USAGE;
        }
        Optional<ConfigFile> read = ConfigCommand.readUsable(context, config);
        if (read.isEmpty()) {
            term.line("未注册，未写入任何内容 / not enrolled, nothing written");
            return ExitCodes.CONFIG;
        }
        ConfigFile file = read.get();
        Path path = file.path();
        Optional<KioskDirs> dirs = dirs(context, file);
        if (dirs.isEmpty()) {
            return ExitCodes.CONFIG;
        }
        KioskEnrolment enrolment = new KioskEnrolment(dirs.get().fleet(), context.clock(), new SecureRandom());
        if (!force && enrolled(enrolment, dirs.get())) {
            return ExitCodes.ENROLMENT;
        }
        String kioskName = name != null && !name.isBlank() ? name.strip()
                : file.values().getOrDefault(ConfigRules.SITE_NAME, "kiosk");
        term.title("不打烊 注册到服务中心 / Budayang enrolment: " + codeSheet.enrolUrl());
        term.mark(Term.Mark.INFO, "正在生成密钥 → 发送申请…… / Generating the key → sending the request…");
        KioskCredentials credentials;
        try {
            KioskCredentials issued = enrolment.enrol(codeSheet, kioskName);
            credentials = enrolment.current().filter(stored -> stored.certificate().equals(issued.certificate()))
                    .orElseThrow(() -> new EnrolmentException("SAVE_FAILED", "the fleet directory "
                            + dirs.get().fleet() + " does not hold the certificate just issued to " + issued.kioskId()));
        } catch (EnrolmentException e) {
            return refused(e, dirs.get());
        }
        term.mark(Term.Mark.OK, "注册成功：本机终端编号为 " + credentials.kioskId() + " / enrolled: this kiosk is "
                + credentials.kioskId());
        term.mark(Term.Mark.INFO, "证书有效期至 Certificate valid until: "
                + StatusReport.time(credentials.certificate().getNotAfter().toInstant()));
        term.mark(Term.Mark.INFO, "凭据 Credentials: " + dirs.get().fleet() + " (服务中心 central " + credentials.apiUrl()
                + ")");
        int exit = centralUrl(path, file, credentials.apiUrl());
        new SelftestDelivery(term, context.clock()).send(new LastSelftest(dirs.get().selftestLast()), credentials);
        term.line("信息亭应用需要重启以使用新证书 / restart the kiosk application to use the new certificate");
        return exit;
    }

    private CodeSheet codeSheet() {
        boolean typed = code != null || fingerprint != null || central != null;
        if (sheet != null) {
            if (typed) {
                throw new IllegalArgumentException("give --sheet FILE or --code, --ca-fingerprint and --central, not"
                        + " both");
            }
            return CodeSheet.read(sheet);
        }
        if (code == null || fingerprint == null || central == null) {
            throw new IllegalArgumentException("give --sheet FILE, or all of --code, --ca-fingerprint and --central"
                    + " as printed on the code sheet");
        }
        return EnrolmentInput.sheet(code, fingerprint, central);
    }

    /** Whether the kiosk is enrolled already (then says which kiosk it is and how to replace it). */
    private boolean enrolled(KioskEnrolment enrolment, KioskDirs dirs) {
        Optional<KioskCredentials> current;
        try {
            current = enrolment.current();
        } catch (EnrolmentException unreadable) {
            context.term().mark(Term.Mark.FAIL, "本机的注册信息无法读取（" + unreadable.code() + "） / the stored enrolment in "
                    + dirs.fleet() + " cannot be read: " + unreadable.getMessage());
            context.term().line("    重新注册请加 --force / add --force to enrol again (a new key replaces it)");
            return true;
        }
        if (current.isEmpty()) {
            return false;
        }
        KioskCredentials stored = current.get();
        context.term().mark(Term.Mark.FAIL, "本机已注册为 " + stored.kioskId() + "（证书有效期至 "
                + StatusReport.time(stored.certificate().getNotAfter().toInstant()) + "，服务中心 " + stored.apiUrl()
                + "），未做任何更改 / already enrolled as " + stored.kioskId() + "; nothing changed");
        context.term().line("    重新注册将生成新密钥并替换现有证书：请加 --force / to replace it with a new key and"
                + " certificate, add --force");
        return true;
    }

    private int refused(EnrolmentException e, KioskDirs dirs) {
        String code = EnrolmentRefusal.code(e);
        EnrolmentRefusal refusal = EnrolmentRefusal.byCode(code);
        // the technician reads it on standard output; the log (WARN and up on stderr) would only repeat it
        LOG.info("Enrolment refused: {}", e.getMessage());
        context.term().mark(Term.Mark.FAIL, refusal.zh() + "（" + code + "） / " + refusal.en());
        context.term().line("    详情 Detail: " + e.getMessage());
        boolean storage = code.equals("KEYSTORE_UNUSABLE") || code.equals("SAVE_FAILED");
        if (!storage) {
            context.term().line("    未保存任何内容 / nothing stored in " + dirs.fleet());
        }
        return storage ? ExitCodes.FAILED : ExitCodes.CENTRAL;
    }

    /** central.url := central's mutual-TLS URL when it differs (checked, atomic, backup kept). */
    private int centralUrl(Path path, ConfigFile file, URI apiUrl) {
        String now = file.values().get(ConfigRules.CENTRAL_URL);
        if (apiUrl.toString().equals(now)) {
            return ExitCodes.OK;
        }
        context.term().mark(Term.Mark.INFO, "central.url: " + now + " → " + apiUrl);
        int written = ConfigCommand.apply(context, path, Map.of(ConfigRules.CENTRAL_URL, apiUrl.toString()), Set.of(),
                false);
        if (written != ExitCodes.OK) {
            context.term().mark(Term.Mark.FAIL, "已注册，但 central.url 未能更新 / enrolled, but central.url was not"
                    + " updated: run 'budayang provision config set central.url=" + apiUrl + "'");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** The kiosk's directories from the configuration; says what to do when data.dir is not set. */
    static Optional<KioskDirs> dirs(CliContext context, ConfigFile file) {
        Optional<KioskDirs> dirs = KioskDirs.of(file.path(), file.values());
        if (dirs.isEmpty()) {
            context.term().mark(Term.Mark.FAIL, "配置中没有可用的 data.dir / " + file.path() + " has no usable data.dir"
                    + " (value '" + file.values().getOrDefault(ConfigRules.DATA_DIR, "") + "'): run 'budayang"
                    + " provision config set data.dir=/var/lib/budayang'; nothing written");
        }
        return dirs;
    }
}
