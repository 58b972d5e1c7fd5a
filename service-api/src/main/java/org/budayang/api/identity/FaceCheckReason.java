package org.budayang.api.identity;

/** The outcome of a live face comparison. */
public enum FaceCheckReason {
    /** The face matches the registered photo. */
    MATCH("人脸核验通过。"),
    /** No face was found in the capture. */
    NO_FACE("没有检测到人脸，请正对屏幕。"),
    /** A face was found but the capture cannot be compared; {@link FaceCheckDetail} says why. */
    LOW_QUALITY("照片不够清晰，请按提示调整后重试。"),
    /** The face does not match the registered photo. */
    MISMATCH("人脸与登记照片不一致。请本人正对屏幕重试，或点击“呼叫帮办”由工作人员协助。"),
    /** The register has no person with that ID number. */
    UNKNOWN_PERSON("未查询到该身份证的登记信息，请到人工窗口咨询。");

    private final String citizenMessage;

    FaceCheckReason(String citizenMessage) {
        this.citizenMessage = citizenMessage;
    }

    public String citizenMessage() {
        return citizenMessage;
    }
}
