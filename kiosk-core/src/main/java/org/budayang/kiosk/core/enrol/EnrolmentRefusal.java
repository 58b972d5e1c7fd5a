package org.budayang.kiosk.core.enrol;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * What an enrolment refusal means for the technician, shared by the kiosk's 注册到中心 page and {@code budayang provision
 * enrol}: the stable code (central's ENROLMENT_CODE_UNKNOWN/USED/EXPIRED, the kiosk's CA_FINGERPRINT_MISMATCH,
 * CENTRAL_UNREACHABLE, CLOCK_WRONG, …) with its Chinese and English text. {@link #of} looks into a TLS failure: the
 * pinned-CA refusal inside it is CA_FINGERPRINT_MISMATCH (possible interception), a certificate not yet or no longer
 * valid is CLOCK_WRONG (the kiosk's clock, as central's certificates are fresh). The texts are the kiosk's
 * ({@code tech.enrol.error.<CODE>} in kiosk-app's bundles; a kiosk-app test keeps them equal).
 */
public enum EnrolmentRefusal {
    ENROLMENT_CODE_UNKNOWN("注册码错误：不是服务中心签发的注册码，请核对注册单",
            "Wrong code: central did not issue it; check the code sheet"),
    ENROLMENT_CODE_USED("注册码已被使用：每个注册码只能用一次，请向运维申请新的注册码",
            "Code already used: a code works once; ask ops for a new one"),
    ENROLMENT_CODE_EXPIRED("注册码已过期，请向运维申请新的注册码", "Code expired; ask ops for a new one"),
    CA_FINGERPRINT_MISMATCH("CA 指纹不符：连接到的不是注册单上的服务中心，可能存在网络劫持，已拒绝注册，未保存任何内容。请核对指纹和地址，并报告运维",
            "CA fingerprint mismatch: this is not the central of the code sheet, possibly an interception; refused, "
                    + "nothing stored. Check fingerprint and URL and tell ops"),
    CENTRAL_UNREACHABLE("无法连接服务中心：请检查网络、注册地址和端口", "Central unreachable: check the network, the URL and the port"),
    CLOCK_WRONG("本机时钟可能不正确：服务中心的证书按本机时间无效，请校正日期和时间后重试",
            "The kiosk's clock may be wrong: central's certificate is not valid at the kiosk's time; set date and time "
                    + "and retry"),
    ANSWER_INVALID("服务中心的应答无效，已拒绝，请报告运维", "Central's answer is invalid and was refused; tell ops"),
    KEYSTORE_UNUSABLE("证书无法保存或读取，请检查数据目录的权限和磁盘空间",
            "The certificate cannot be stored or read; check the data directory's permissions and free space"),
    SAVE_FAILED("证书未能保存，请检查数据目录的权限和磁盘空间",
            "The certificate was not stored; check the data directory's permissions and free space"),
    SHEET_NOT_FOUND("找不到注册单，请插入 U 盘或输入注册单路径", "No code sheet found; plug in the USB stick or type the sheet's path"),
    SHEET_UNREADABLE("注册单无法读取或内容不完整", "The code sheet cannot be read or is incomplete"),
    /** {0}: what was typed. */
    CODE_FORMAT("注册码格式不对：“{0}”应为 16 位（XXXX-XXXX-XXXX-XXXX，数字和除 I、L、O、U 外的字母）",
            "The code \"{0}\" is not 16 characters (XXXX-XXXX-XXXX-XXXX, digits and letters except I, L, O, U)"),
    /** {0}: how many hex digits were typed. */
    FINGERPRINT_FORMAT("CA 指纹格式不对：应为 64 位十六进制，现为 {0} 位", "The CA fingerprint must be 64 hex digits, not {0}"),
    /** {0}: the URL typed. */
    URL_FORMAT("注册地址不对：“{0}”应为 https 地址，如 https://central.example.gov.cn:8443/api/v1/enrol",
            "The enrolment URL \"{0}\" is not https, e.g. https://central.example.gov.cn:8443/api/v1/enrol"),
    /** Any other refusal: its own code is shown beside this text. */
    OTHER("注册失败", "Enrolment failed");

    private final String zh;
    private final String en;

    EnrolmentRefusal(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The stable code of {@code e} as the technician sees it (CLOCK_WRONG and CA_FINGERPRINT_MISMATCH looked for). */
    public static String code(EnrolmentException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(CA_FINGERPRINT_MISMATCH.name())) {
                return CA_FINGERPRINT_MISMATCH.name();
            }
            if (t instanceof CertificateNotYetValidException || t instanceof CertificateExpiredException
                    || t instanceof CertPathValidatorException v
                            && (v.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                                || v.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
                return CLOCK_WRONG.name();
            }
        }
        return e.code();
    }

    /** The refusal of {@code e}; {@link #OTHER} for a code without its own text. */
    public static EnrolmentRefusal of(EnrolmentException e) {
        return byCode(code(e));
    }

    /** The refusal named {@code code}; {@link #OTHER} when there is none of that name. */
    public static EnrolmentRefusal byCode(String code) {
        for (EnrolmentRefusal refusal : values()) {
            if (refusal.name().equals(code)) {
                return refusal;
            }
        }
        return OTHER;
    }

    /** The Chinese text, {@code {0}} replaced by the argument where the text has one. */
    public String zh(Object... arguments) {
        return format(zh, Locale.SIMPLIFIED_CHINESE, arguments);
    }

    /** The English text, {@code {0}} replaced by the argument where the text has one. */
    public String en(Object... arguments) {
        return format(en, Locale.ENGLISH, arguments);
    }

    /** The raw pattern in {@code locale}'s language (Chinese unless English is asked for). */
    public String pattern(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }
}
