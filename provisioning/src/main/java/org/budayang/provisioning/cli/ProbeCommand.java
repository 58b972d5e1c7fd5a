package org.budayang.provisioning.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.budayang.provisioning.probe.PortHolders;
import org.budayang.provisioning.probe.PortResult;
import org.budayang.provisioning.probe.Probe;
import org.budayang.provisioning.probe.ProbeReport;
import org.budayang.provisioning.probe.SerialCandidate;
import org.budayang.provisioning.probe.SerialPorts;
import org.budayang.provisioning.probe.SerialProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code probe}: what is connected, and a proposed device configuration. */
@Command(name = "probe", description = "探测串口、读卡器、打印队列和摄像头并建议配置 / find devices and propose a"
        + " configuration")
final class ProbeCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--port", paramLabel = "PATH", description = "另外探测此串口（如 pty） also probe this port (e.g. a pty)")
    List<String> ports = new ArrayList<>();

    @Option(names = "--only-given", description = "只探测 --port 给出的串口 probe only the --port paths")
    boolean onlyGiven;

    @Option(names = "--cups", paramLabel = "HOST[:PORT]", defaultValue = "localhost:631",
            description = "CUPS 服务器 the CUPS server (default localhost:631)")
    String cups;

    @Option(names = "--time-box", paramLabel = "SECONDS", defaultValue = "8",
            description = "每个串口的时限（秒） time box per port, seconds (default 8)")
    int timeBoxSeconds;

    @Option(names = "--apply", description = "把建议的设备配置写入配置文件 write the proposed device lines into the"
            + " configuration file")
    boolean apply;

    @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "配置文件 configuration file (for --apply)")
    Path config;

    ProbeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (timeBoxSeconds < 1 || timeBoxSeconds > 120) {
            context.err().println("参数错误 / bad argument: --time-box " + timeBoxSeconds + " must be 1..120 seconds");
            return ExitCodes.USAGE;
        }
        String host = cups;
        int cupsPort = 631;
        int colon = cups.lastIndexOf(':');
        if (colon > 0) {
            host = cups.substring(0, colon);
            try {
                cupsPort = Integer.parseInt(cups.substring(colon + 1));
            } catch (NumberFormatException bad) {
                context.err().println("参数错误 / bad argument: --cups '" + cups + "': port is not a number");
                return ExitCodes.USAGE;
            }
        }
        SerialProbe serial = new SerialProbe(context.registry().get(), SerialCandidate.standard(),
                new PortHolders(context.proc()), Duration.ofSeconds(timeBoxSeconds), context.clock());
        Probe probe = new Probe(serial, context.readers(), context.cups(), context.dev());
        ProbeReport report = probe.run(SerialPorts.toProbe(ports, !onlyGiven), host, cupsPort);
        print(report);
        if (apply && !report.proposal().isEmpty()) {
            int applied = ConfigCommand.apply(context, config != null ? config : context.defaultConfig(),
                    report.proposal(), Set.of(), true);
            if (applied != ExitCodes.OK) {
                return applied;
            }
        }
        return report.devicesFound() > 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private void print(ProbeReport report) {
        Term term = context.term();
        term.title("不打烊 设备探测 / Budayang device probe");
        term.line("串口 Serial ports (" + report.ports().size() + "):");
        for (PortResult port : report.ports()) {
            String took = " (" + port.took().toMillis() + " ms)";
            switch (port.state()) {
                case IDENTIFIED -> {
                    var device = port.device().orElseThrow();
                    term.mark(Term.Mark.OK, port.path() + ": " + device.driver() + " → " + device.role() + " @"
                            + device.baud() + " — " + device.identity() + took);
                }
                case BUSY -> term.mark(Term.Mark.WARN, port.path() + ": 被占用 busy — " + port.detail() + took);
                case MISSING -> term.mark(Term.Mark.FAIL, port.path() + ": 不存在 missing — " + port.detail());
                case CANNOT_OPEN -> term.mark(Term.Mark.FAIL, port.path() + ": 无法打开 cannot open — " + port.detail());
                case TIMED_OUT -> term.mark(Term.Mark.FAIL, port.path() + ": 超时 timed out — " + port.detail());
                default -> term.mark(Term.Mark.INFO, port.path() + ": 无应答 no answer" + took);
            }
        }
        term.line("PC/SC 读卡器 readers: " + (report.readers().readers().isEmpty()
                ? "无 none" + (report.readers().unavailable().isEmpty() ? "" : " — " + report.readers().unavailable())
                : String.join(", ", report.readers().readers())));
        term.line("CUPS 打印队列 queues @" + report.cups().server() + ": " + (report.cups().queues().isEmpty()
                ? "无 none" + (report.cups().unavailable().isEmpty() ? "" : " — " + report.cups().unavailable())
                : String.join(", ", report.cups().queues().stream()
                .map(q -> q.name() + " (" + q.stateText() + ", " + q.makeAndModel() + ")").toList())));
        term.line("摄像头 Cameras: " + (report.cameras().isEmpty() ? "无 none" : String.join(", ", report.cameras())));
        if (report.proposal().isEmpty()) {
            term.mark(Term.Mark.WARN, "没有可建议的配置 / nothing to propose: no device identified");
        } else {
            term.line("建议配置 Proposed configuration" + (apply ? "" : " (写入 write it: probe --apply)") + ":");
            report.proposal().forEach((key, value) -> term.line("  " + key + "=" + value));
        }
        report.notes().forEach(note -> term.mark(Term.Mark.INFO, note));
    }
}
