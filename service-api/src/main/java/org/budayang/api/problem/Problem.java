package org.budayang.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.regex.Pattern;

/**
 * An error answer of the kiosk API, as {@code application/problem+json} (RFC 9457) with two
 * extension members: a stable upper-case {@code code} for machines and fleet reporting, and a
 * Chinese {@code citizenMessage} the kiosk may show on screen. Never a stack trace.
 *
 * @param type           {@code urn:budayang:problem:<code>}
 * @param title          short summary of the kind of problem (English, for technicians)
 * @param status         the HTTP status, 400..599
 * @param detail         what went wrong with this request and how to fix it (for technicians)
 * @param instance       where it happened: the request's route template or an incident URN; may be null
 * @param code           stable upper-case code, e.g. {@code INVALID_FIELD}
 * @param citizenMessage what the citizen reads, in Chinese
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String citizenMessage) {
    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Prefix of {@link #type()}; the code follows. */
    public static final String TYPE_PREFIX = "urn:budayang:problem:";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public Problem {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Problem.code: '" + code
                    + "' is not an upper-case code of 2..64 characters like INVALID_FIELD");
        }
        if (type == null || !type.equals(TYPE_PREFIX + code)) {
            throw new IllegalArgumentException("Problem.type: '" + type + "' must be " + TYPE_PREFIX + code
                    + " for code " + code);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Problem.status: " + status + " is not an HTTP error status 400..599");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Problem.title of " + code + " must not be blank");
        }
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("Problem.detail of " + code + " must not be blank");
        }
        if (citizenMessage == null || citizenMessage.isBlank()) {
            throw new IllegalArgumentException("Problem.citizenMessage of " + code
                    + " must not be blank; use Problem.defaultCitizenMessage(" + status + ")");
        }
        if (instance != null && instance.isBlank()) {
            instance = null;
        }
    }

    /**
     * A problem with the type derived from the code, the standard title of the status and, when
     * {@code citizenMessage} is null or blank, the default Chinese message of the status.
     */
    public static Problem of(int status, String code, String detail, String citizenMessage, String instance) {
        String citizen = citizenMessage == null || citizenMessage.isBlank()
                ? defaultCitizenMessage(status) : citizenMessage;
        return new Problem(TYPE_PREFIX + code, title(status), status, detail, instance, code, citizen);
    }

    /** The Chinese sentence a kiosk shows when the handler had nothing more specific to say. */
    public static String defaultCitizenMessage(int status) {
        return switch (status) {
            case 400, 422 -> "提交的信息有误，请核对后重试。";
            case 401 -> "终端认证失败，请联系工作人员。";
            case 403 -> "本终端无权办理该业务，请到窗口办理。";
            case 404 -> "未找到该业务，请返回首页重新选择。";
            case 409 -> "该业务正在处理中，请稍候。";
            case 413 -> "提交的内容过大，请减少后重试。";
            case 429 -> "办理人数较多，请稍后再试。";
            case 502, 503, 504 -> "该部门系统暂时无法访问，请稍后再试或到窗口办理。";
            default -> status >= 500
                    ? "系统暂时出现故障，请稍后再试或到窗口办理。"
                    : "请求无法处理，请返回首页重试或联系工作人员。";
        };
    }

    /** The standard reason phrase of an error status, used as the title. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
