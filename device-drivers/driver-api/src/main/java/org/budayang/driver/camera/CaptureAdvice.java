package org.budayang.driver.camera;

/**
 * What a frame's face-presence and quality check tells the citizen (issue #6), with the words the kiosk shows.
 * Tolerant by design: elderly users are not asked for a passport-photo pose.
 */
public enum CaptureAdvice {
    READY("很好，请保持不动"),
    NO_FACE("请正对屏幕，看向摄像头"),
    SEVERAL_FACES("请只留一人在镜头前"),
    TOO_FAR("请靠近一点"),
    TOO_CLOSE("请稍微后退一点"),
    OFF_CENTRE("请移到画面中间"),
    TOO_DARK("光线太暗，请抬起头或请工作人员开灯"),
    TOO_BRIGHT("光线太强，请避开强光"),
    BLURRED("请保持不动");

    private final String citizenText;

    CaptureAdvice(String citizenText) {
        this.citizenText = citizenText;
    }

    /** The sentence shown (and spoken) to the citizen. */
    public String citizenText() {
        return citizenText;
    }

    public boolean isReady() {
        return this == READY;
    }
}
