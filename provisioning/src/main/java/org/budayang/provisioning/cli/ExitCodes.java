package org.budayang.provisioning.cli;

/** The CLI's exit codes (README.md of the module and {@code --help} list them). */
public final class ExitCodes {
    /** Done; every check passed. */
    public static final int OK = 0;
    /** Done, but a check failed: doctor/selftest failure, probe found no device, PIN refused. */
    public static final int FAILED = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** The configuration file is invalid, half-written, unreadable or missing; nothing was written. */
    public static final int CONFIG = 3;

    public static final String HELP = "%n退出码 Exit codes:%n"
            + "  0  成功 done (every check passed)%n"
            + "  1  检查未通过 a check failed (doctor, selftest, probe found nothing, PIN refused)%n"
            + "  2  参数错误 bad command line%n"
            + "  3  配置文件无效/不完整/无法读取，未写入任何内容 configuration invalid, half-written or unreadable;"
            + " nothing written%n";

    private ExitCodes() {
    }
}
