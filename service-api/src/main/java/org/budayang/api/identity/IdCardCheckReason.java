package org.budayang.api.identity;

/** The outcome of an ID card check against the 公安 register, with what the kiosk tells the citizen. */
public enum IdCardCheckReason {
    VERIFIED("身份证核验通过。"),
    UNKNOWN_PERSON("未查询到该身份证的登记信息，请到人工窗口咨询。"),
    NAME_MISMATCH("身份证姓名与登记信息不一致，请到人工窗口核实。"),
    CARD_EXPIRED("您的身份证已超过有效期，请及时到公安机关换领。"),
    CARD_NOT_CURRENT("这张身份证已失效（已换领或已挂失），请使用您最新的身份证。");

    private final String citizenMessage;

    IdCardCheckReason(String citizenMessage) {
        this.citizenMessage = citizenMessage;
    }

    public String citizenMessage() {
        return citizenMessage;
    }
}
