package org.budayang.api.identity;

/** Why a capture was of too low quality to compare, with what the kiosk tells the citizen to do. */
public enum FaceCheckDetail {
    TOO_DARK("光线太暗，请靠近一点，或到明亮的地方。"),
    TOO_BRIGHT("光线太强，请避开强光后重试。"),
    LOW_CONTRAST("画面不清楚，请正对屏幕，稍等片刻后重试。"),
    BLURRED("画面模糊，请保持不动。"),
    TOO_SMALL("距离太远，请靠近屏幕一点。"),
    OFF_CENTRE("请正对屏幕，把脸放在画面中间。");

    private final String citizenMessage;

    FaceCheckDetail(String citizenMessage) {
        this.citizenMessage = citizenMessage;
    }

    public String citizenMessage() {
        return citizenMessage;
    }
}
