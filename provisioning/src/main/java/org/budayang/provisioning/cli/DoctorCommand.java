package org.budayang.provisioning.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.budayang.provisioning.doctor.Doctor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code doctor [--data-dir DIR]}: checks this machine for what the kiosk needs. */
@Command(name = "doctor", description = "检查本机运行条件 / check this machine for what the kiosk needs")
final class DoctorCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "数据目录 data directory (default /var/lib/budayang)")
    Path dataDir;

    DoctorCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path dir = dataDir != null ? dataDir : context.defaultDataDir();
        Doctor doctor = new Doctor(context.doctorChecks().apply(dir), context.messages());
        return Doctor.anyFailed(doctor.examine(context.out())) ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
