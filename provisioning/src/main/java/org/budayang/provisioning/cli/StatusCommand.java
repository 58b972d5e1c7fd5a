package org.budayang.provisioning.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.config.ConfigFile;
import org.budayang.provisioning.fleet.CentralCallException;
import org.budayang.provisioning.fleet.CentralClient;
import org.budayang.provisioning.fleet.KioskDirs;
import org.budayang.provisioning.fleet.LastSelftest;
import org.budayang.provisioning.fleet.SelftestDelivery;
import org.budayang.provisioning.fleet.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code status}: what central sees of this kiosk ({@code GET /api/v1/kiosks/self} over mutual TLS with the
 * credentials from enrolment), as lines or as JSON ({@code budayang.status/1}); {@code --send-selftest} first sends
 * the kept self-test report.
 */
@Command(name = "status", description = "服务中心看到的本机状态 / what central sees of this kiosk")
final class StatusCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "配置文件 configuration file")
    Path config;

    @Option(names = "--json", description = "以 JSON 输出 print JSON (budayang.status/1)")
    boolean json;

    @Option(names = "--send-selftest", description = "先发送本机保存的自检报告 send the kept self-test report first")
    boolean sendSelftest;

    StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<ConfigFile> read = ConfigCommand.readUsable(context, config);
        if (read.isEmpty()) {
            return ExitCodes.CONFIG;
        }
        ConfigFile file = read.get();
        Optional<KioskDirs> dirs = EnrolCommand.dirs(context, file);
        if (dirs.isEmpty()) {
            return ExitCodes.CONFIG;
        }
        Optional<KioskCredentials> credentials;
        try {
            credentials = KioskCredentials.load(dirs.get().fleet());
        } catch (EnrolmentException unreadable) {
            return failed(ExitCodes.ENROLMENT, unreadable.code(), "本机的注册信息无法读取 / the stored enrolment cannot be"
                    + " read: " + unreadable.getMessage());
        }
        if (credentials.isEmpty()) {
            return failed(ExitCodes.ENROLMENT, "NOT_ENROLLED", "未注册：本机尚未注册到服务中心 / not enrolled: no"
                    + " credentials in " + dirs.get().fleet() + "; run 'budayang provision enrol --sheet FILE' (or"
                    + " --code, --ca-fingerprint, --central)");
        }
        LastSelftest last = new LastSelftest(dirs.get().selftestLast());
        // with --json, standard output holds the JSON document only: notes go to standard error
        Term notes = json ? new Term(context.err(), false) : context.term();
        boolean sendFailed = false;
        if (sendSelftest) {
            sendFailed = new SelftestDelivery(notes, context.clock()).send(last, credentials.get())
                    != SelftestDelivery.Outcome.SENT;
        }
        CentralClient.Timed answer;
        try {
            answer = new CentralClient(credentials.get(), context.clock()).self();
        } catch (CentralCallException e) {
            String what = e.unreachable() ? "无法连接服务中心 / central unreachable: " : "服务中心拒绝 / central refused: ";
            return failed(ExitCodes.CENTRAL, e.code(), what + e.detail());
        }
        Optional<SelftestUpload> local;
        try {
            local = last.read();
        } catch (IllegalArgumentException unreadable) {
            local = Optional.empty();
            notes.mark(Term.Mark.WARN, "本机自检报告无法读取 / " + unreadable.getMessage());
        }
        List<StatusReport.Finding> findings = StatusReport.of(answer, local);
        if (json) {
            printJson(credentials.get(), answer, findings);
        } else {
            context.term().title("不打烊 终端状态 / Budayang kiosk status: " + credentials.get().kioskId() + " @ "
                    + credentials.get().apiUrl());
            for (StatusReport.Finding finding : findings) {
                context.term().mark(finding.mark(), finding.text());
            }
        }
        return sendFailed ? ExitCodes.CENTRAL : ExitCodes.OK;
    }

    private int failed(int exit, String code, String text) {
        if (json) {
            ObjectNode root = ApiJson.mapper().createObjectNode();
            root.put("schema", "budayang.status/1");
            root.put("ok", false);
            root.put("code", code);
            root.put("message", text);
            context.out().println(root.toPrettyString());
        } else {
            context.term().mark(Term.Mark.FAIL, text + " (" + code + ")");
        }
        return exit;
    }

    private void printJson(KioskCredentials credentials, CentralClient.Timed answer,
                           List<StatusReport.Finding> findings) {
        ObjectMapper mapper = ApiJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", "budayang.status/1");
        root.put("ok", true);
        root.put("kioskId", credentials.kioskId());
        root.put("central", credentials.apiUrl().toString());
        root.put("clockOffsetMillis", answer.clockOffsetMillis());
        ArrayNode warnings = root.putArray("warnings");
        findings.stream().map(StatusReport.Finding::code).filter(c -> !c.isEmpty()).distinct().forEach(warnings::add);
        root.set("self", mapper.valueToTree(answer.self()));
        try {
            context.out().println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the status as JSON", e);
        }
    }
}
