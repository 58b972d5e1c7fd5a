package org.budayang.api.services;

/**
 * {@code POST /api/v1/help-requests}: the citizen pressed 帮助 / 呼叫帮办 at the kiosk. No personal data.
 *
 * @param helpId   the kiosk's id of this request (8–64 of [A-Za-z0-9_-]), stable across retries
 * @param itemCode the item being served, or null on a screen outside any item
 * @param screen   the screen or step the citizen was on, e.g. {@code FILL} or {@code home}
 * @param reason   why help was asked, e.g. {@code CITIZEN_PRESSED_HELP}, {@code FACE_FAILED_3_TIMES}
 */
public record HelpRequest(String helpId, String itemCode, String screen, String reason) {
    public HelpRequest {
        helpId = Require.text("HelpRequest.helpId", helpId);
        if (!helpId.matches("[A-Za-z0-9_-]{8,64}")) {
            throw new IllegalArgumentException("HelpRequest.helpId: '" + helpId
                    + "' is not 8-64 characters of [A-Za-z0-9_-]");
        }
        itemCode = itemCode == null || itemCode.isBlank() ? null : itemCode.strip();
        screen = Require.text("HelpRequest.screen", screen);
        reason = Require.code("HelpRequest.reason", reason);
    }
}
