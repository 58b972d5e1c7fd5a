package org.budayang.api.fleet;

import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/ops/kiosks/{kioskId}/commands}: ops ask one kiosk to do something.
 *
 * @param type        what to do
 * @param message     for OUT_OF_SERVICE, what citizens read on the screen (1–200 characters, required); else
 *                    must be absent
 * @param configKey   for SET_CONFIG, the kiosk configuration key (1–100 of [A-Za-z0-9._-], required)
 * @param configValue for SET_CONFIG, its value (0–500 characters, required, may be empty)
 * @param ttlSeconds  how long the command waits for the kiosk's poll before it expires, 60..604800 (7 days);
 *                    null means 86400 (one day)
 */
public record CommandRequest(CommandType type, String message, String configKey, String configValue,
                             Long ttlSeconds) {
    public static final long DEFAULT_TTL_SECONDS = 86_400;
    static final Pattern CONFIG_KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public CommandRequest {
        Check.present("CommandRequest.type", type);
        if (type == CommandType.OUT_OF_SERVICE) {
            message = Check.text("CommandRequest.message", message, 200, null,
                    "1-200 characters citizens read on the screen, e.g. 设备维护中，请到3号窗口办理");
        } else if (message != null && !message.isBlank()) {
            throw new IllegalArgumentException("CommandRequest.message is only for OUT_OF_SERVICE, not " + type
                    + "; leave it out");
        } else {
            message = null;
        }
        if (type == CommandType.SET_CONFIG) {
            configKey = Check.text("CommandRequest.configKey", configKey, 100, CONFIG_KEY,
                    "1-100 of [A-Za-z0-9._-], e.g. session.idleTimeout");
            Check.present("CommandRequest.configValue", configValue);
            if (configValue.length() > 500) {
                throw new IllegalArgumentException("CommandRequest.configValue has " + configValue.length()
                        + " characters; at most 500");
            }
        } else if (configKey != null || configValue != null) {
            throw new IllegalArgumentException("CommandRequest.configKey and configValue are only for SET_CONFIG, "
                    + "not " + type + "; leave them out");
        }
        ttlSeconds = ttlSeconds == null ? DEFAULT_TTL_SECONDS
                : Check.range("CommandRequest.ttlSeconds", ttlSeconds, 60, 604_800);
    }
}
