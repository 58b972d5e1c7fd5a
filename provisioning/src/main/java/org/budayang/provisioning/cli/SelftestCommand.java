package org.budayang.provisioning.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.config.ConfigFile;
import org.budayang.kiosk.core.config.ConfigRules;
import org.budayang.provisioning.fleet.KioskDirs;
import org.budayang.provisioning.fleet.LastSelftest;
import org.budayang.provisioning.fleet.SelftestDelivery;
import org.budayang.provisioning.fleet.SelftestUploads;
import org.budayang.provisioning.selftest.Exercises;
import org.budayang.provisioning.selftest.PdfReport;
import org.budayang.provisioning.selftest.RoleResult;
import org.budayang.provisioning.selftest.SelfTest;
import org.budayang.provisioning.selftest.SelftestReport;
import org.budayang.provisioning.selftest.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code selftest [role…]}: a real check of each configured device through its driver; the report is kept as the
 * kiosk's last ({@code <data.dir>/provisioning/selftest-last.json}) and sent to central when the kiosk is enrolled.
 */
@Command(name = "selftest", description = "逐个设备实测（读卡、打印、收退纸币、拍照、扫码） / a real check of each device")
final class SelftestCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "ROLE", description = "只测这些角色 only these roles (idCardReader, receiptPrinter,"
            + " documentPrinter, cashAcceptor, camera, qrScanner, socialCardReader)")
    List<String> roles = new ArrayList<>();

    @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "配置文件 configuration file")
    Path config;

    @Option(names = "--json", paramLabel = "FILE", description = "把报告写成 JSON write the report as JSON")
    Path json;

    @Option(names = "--pdf", paramLabel = "FILE", description = "把报告写成 PDF write the report as PDF")
    Path pdf;

    @Option(names = "--wait", paramLabel = "SECONDS", description = "等待技术员操作的时间 how long to wait for the"
            + " technician (card, note, code)")
    Integer waitSeconds;

    SelftestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<ConfigFile> read = ConfigCommand.readUsable(context, config);
        if (read.isEmpty()) {
            return ExitCodes.CONFIG;
        }
        ConfigFile file = read.get();
        Path path = file.path();
        Duration hand = waitSeconds != null ? Duration.ofSeconds(waitSeconds) : context.handTime();
        String kiosk = file.values().getOrDefault(ConfigRules.SITE_NAME, "unnamed kiosk");
        Term term = context.term();
        Exercises exercises = new Exercises(text -> {
            term.mark(Term.Mark.INFO, text);
            context.prompt().accept(text);
        }, hand, Duration.ofSeconds(20), context.clock(), kiosk);
        term.title("不打烊 设备自检 / Budayang device self-test: " + path);
        List<RoleResult> results;
        try {
            results = new SelfTest(context.registry().get(), exercises, context.clock())
                    .run(file.values(), roles, this::print);
        } catch (IllegalArgumentException unknownRole) {
            context.err().println("参数错误 / bad argument: " + unknownRole.getMessage());
            return ExitCodes.USAGE;
        }
        SelftestReport report = new SelftestReport(kiosk, context.clock().instant(), results);
        if (results.isEmpty()) {
            term.mark(Term.Mark.WARN, "没有配置任何设备 / no device configured (run probe --apply)");
        }
        term.line("共 " + results.size() + " 项, " + report.failures() + " 项失败 / " + results.size() + " checked, "
                + report.failures() + " failed");
        if (json != null) {
            try {
                Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
                term.line("报告 report: " + json);
            } catch (IOException e) {
                term.mark(Term.Mark.FAIL, "无法写入报告 / cannot write the report " + json + ": " + e);
                return ExitCodes.FAILED;
            }
        }
        if (pdf != null) {
            try {
                Files.write(pdf, PdfReport.render(report));
                term.line("报告 report: " + pdf);
            } catch (IOException | RuntimeException e) {
                term.mark(Term.Mark.FAIL, "无法写入 PDF 报告 / cannot write the PDF report " + pdf + ": " + e);
                return ExitCodes.FAILED;
            }
        }
        keepAndSend(file, report);
        return report.passed() && !results.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * Keeps the report as the kiosk's last ({@code <data.dir>/provisioning/selftest-last.json}) and, on an enrolled
     * kiosk, sends it to central; neither changes the exit code, a failure to send is a warning (the file stays).
     */
    private void keepAndSend(ConfigFile file, SelftestReport report) {
        Term term = context.term();
        Optional<KioskDirs> dirs = KioskDirs.of(file.path(), file.values());
        if (dirs.isEmpty()) {
            term.mark(Term.Mark.WARN, "配置中没有 data.dir，报告未保存、未发送 / no data.dir in the configuration: the"
                    + " report is neither kept nor sent to central");
            return;
        }
        LastSelftest last = new LastSelftest(dirs.get().selftestLast());
        String text = report.toJson();
        try {
            last.save(text);
            term.line("报告已保存 report kept: " + last.file());
        } catch (IOException e) {
            term.mark(Term.Mark.WARN, "无法保存报告 / cannot keep the report in " + last.file() + ": " + e);
        }
        Optional<KioskCredentials> credentials;
        try {
            credentials = KioskCredentials.load(dirs.get().fleet());
        } catch (EnrolmentException unreadable) {
            term.mark(Term.Mark.WARN, "注册信息无法读取，报告未发送 / the stored enrolment cannot be read, the report"
                    + " was not sent: " + unreadable.getMessage());
            return;
        }
        if (credentials.isEmpty()) {
            term.mark(Term.Mark.INFO, "本机尚未注册：报告将在注册时发送 / not enrolled yet: the report is sent with"
                    + " the enrolment (budayang provision enrol)");
            return;
        }
        SelftestUpload upload;
        try {
            upload = SelftestUploads.fromReport(text);
        } catch (IllegalArgumentException e) {
            term.mark(Term.Mark.WARN, "报告无法转换，未发送 / the report cannot be sent: " + e.getMessage());
            return;
        }
        new SelftestDelivery(term, context.clock()).send(upload, last, credentials.get());
    }

    private void print(RoleResult result) {
        Term term = context.term();
        String head = result.role() + " (" + result.driver() + "): " + result.check();
        if (result.verdict() == Verdict.PASS) {
            term.mark(Term.Mark.OK, head + " — " + result.detail() + (result.identity().isEmpty() ? ""
                    : " [" + result.identity() + "]") + " (" + result.took().toMillis() + " ms)");
        } else {
            term.mark(Term.Mark.FAIL, head + " — " + result.code() + ": " + result.detail());
            term.line("    处理 To do: " + result.adviceZh() + " / " + result.adviceEn());
        }
    }
}
