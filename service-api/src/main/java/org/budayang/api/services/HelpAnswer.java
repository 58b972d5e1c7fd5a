package org.budayang.api.services;

/**
 * Central's answer to a {@link HelpRequest}: how long help will take and what the citizen reads.
 *
 * @param helpId          the request's id
 * @param expectedMinutes the expected wait until a helper comes or calls (≥ 0)
 * @param message         the Chinese sentence shown, e.g. 工作人员约5分钟后到达，请稍候；也可拨打12345。
 * @param phone           a phone number the citizen can call instead (may be empty)
 */
public record HelpAnswer(String helpId, int expectedMinutes, String message, String phone) {
    public HelpAnswer {
        helpId = Require.text("HelpAnswer.helpId", helpId);
        if (expectedMinutes < 0) {
            throw new IllegalArgumentException("HelpAnswer.expectedMinutes: " + expectedMinutes + " is negative");
        }
        message = Require.text("HelpAnswer.message", message);
        phone = phone == null ? "" : phone.strip();
    }
}
