package org.budayang.api.fleet;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * {@code POST /api/v1/commands/{commandId}/result}: how the kiosk ended a command. The first result of a command
 * counts; a result sent again is ignored.
 *
 * @param outcome        done, refused or failed
 * @param code           a stable upper-case code for REFUSED/FAILED (e.g. {@code SESSION_OPEN}); null for DONE
 * @param detail         what happened, for ops (0–500 characters, no personal data)
 * @param completedAt    when the kiosk finished it
 * @param attachmentType {@code text/plain} (logs) or {@code image/png} (screenshot) when there is an attachment
 * @param attachment     base64 of the attachment, at most {@value #MAX_ATTACHMENT_CHARS} characters (about 512 KiB)
 */
public record CommandResult(CommandOutcome outcome, String code, String detail, Instant completedAt,
                            String attachmentType, String attachment) {
    public static final int MAX_ATTACHMENT_CHARS = 700_000;
    public static final List<String> ATTACHMENT_TYPES = List.of("text/plain", "image/png");

    public CommandResult {
        Check.present("CommandResult.outcome", outcome);
        if (outcome == CommandOutcome.DONE) {
            code = Check.optionalText("CommandResult.code", code, 32, Check.CODE, "an upper-case code");
        } else {
            code = Check.text("CommandResult.code", code, 32, Check.CODE, "an upper-case code such as SESSION_OPEN "
                    + "for " + outcome);
        }
        detail = detail == null ? "" : detail.strip();
        if (detail.length() > 500) {
            throw new IllegalArgumentException("CommandResult.detail has " + detail.length()
                    + " characters; at most 500");
        }
        Check.present("CommandResult.completedAt", completedAt);
        if ((attachment == null) != (attachmentType == null)) {
            throw new IllegalArgumentException("CommandResult.attachment and attachmentType come together; got "
                    + (attachment == null ? "a type without an attachment" : "an attachment without a type"));
        }
        if (attachment != null) {
            if (!ATTACHMENT_TYPES.contains(attachmentType)) {
                throw new IllegalArgumentException("CommandResult.attachmentType: '" + Check.shown(attachmentType)
                        + "' is not accepted; expected one of " + ATTACHMENT_TYPES);
            }
            if (attachment.length() > MAX_ATTACHMENT_CHARS) {
                throw new IllegalArgumentException("CommandResult.attachment has " + attachment.length()
                        + " characters of base64; at most " + MAX_ATTACHMENT_CHARS);
            }
            try {
                Base64.getDecoder().decode(attachment);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CommandResult.attachment is not base64: " + e.getMessage(), e);
            }
        }
    }

    public static CommandResult done(String detail, Instant at) {
        return new CommandResult(CommandOutcome.DONE, null, detail, at, null, null);
    }

    public static CommandResult refused(String code, String detail, Instant at) {
        return new CommandResult(CommandOutcome.REFUSED, code, detail, at, null, null);
    }

    public static CommandResult failed(String code, String detail, Instant at) {
        return new CommandResult(CommandOutcome.FAILED, code, detail, at, null, null);
    }

    /** DONE with an attachment (bytes are base64-encoded here). */
    public static CommandResult withAttachment(String detail, Instant at, String type, byte[] bytes) {
        return new CommandResult(CommandOutcome.DONE, null, detail, at, type, Base64.getEncoder().encodeToString(bytes));
    }
}
