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
    /**
     * Central refused or was not reached (enrol: wrong, used or expired code, CA fingerprint mismatch, unreachable,
     * clock wrong; status: unreachable or refused); nothing was stored.
     */
    public static final int CENTRAL = 4;
    /** The enrolment state forbids it: status on a kiosk not enrolled, enrol on an enrolled one without --force. */
    public static final int ENROLMENT = 5;

    public static final String HELP = "%n退出码 Exit codes:%n"
            + "  0  成功 done (every check passed)%n"
            + "  1  检查未通过 a check failed (doctor, selftest, probe found nothing, PIN refused)%n"
            + "  2  参数错误 bad command line%n"
            + "  3  配置文件无效/不完整/无法读取，未写入任何内容 configuration invalid, half-written or unreadable;"
            + " nothing written%n"
            + "  4  服务中心拒绝或无法连接，未保存任何内容 central refused (code wrong/used/expired, CA fingerprint)"
            + " or unreachable; nothing stored%n"
            + "  5  注册状态不允许 not enrolled (status), or already enrolled (enrol without --force)%n";

    private ExitCodes() {
    }
}
