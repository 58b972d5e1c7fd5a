package org.budayang.kiosk.ui.shell;

/**
 * The kiosk's screens; at most three menu levels below attract: home, department, guide. IDENTIFY and FACE are
 * steps of an item's flow started from its guide (开始办理), not menu levels; 返回 from them goes to the guide.
 */
public enum Screen {
    ATTRACT,
    HOME,
    DEPARTMENT,
    GUIDE,
    /** The identification choice: 身份证 + 刷脸, 社保卡 + 刷脸, 医保电子凭证. */
    IDENTIFY,
    /** The face capture (刷脸). */
    FACE,
    /** Every other step of an item's flow (one view per step type, ui/flow). */
    FLOW
}
